/** Accumulates a sparse MIP row by row (CSR) in the shape highs' createModel() takes. */
export class LpBuilder {
  readonly colCost: number[] = [];
  readonly colLower: number[] = [];
  readonly colUpper: number[] = [];
  readonly integrality: number[] = [];
  readonly rowLower: number[] = [];
  readonly rowUpper: number[] = [];
  readonly starts: number[] = [0];
  readonly indices: number[] = [];
  readonly values: number[] = [];

  get numCols(): number { return this.colCost.length; }
  get numRows(): number { return this.rowLower.length; }
  get numNonzeros(): number { return this.indices.length; }

  addCol(cost: number, lower: number, upper: number, integer: boolean): number {
    this.colCost.push(cost);
    this.colLower.push(lower);
    this.colUpper.push(upper);
    this.integrality.push(integer ? 1 : 0);
    return this.colCost.length - 1;
  }

  addRow(lower: number, upper: number, cols: readonly number[], coefs: readonly number[]): number {
    for (let i = 0; i < cols.length; i++) {
      if (coefs[i] === 0) continue;
      this.indices.push(cols[i]!);
      this.values.push(coefs[i]!);
    }
    this.starts.push(this.indices.length);
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    return this.rowLower.length - 1;
  }
}
