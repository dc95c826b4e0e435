import type { Highs, ModelData } from 'highs';
import type { LpBuilder } from './lp-builder.ts';

/** The builder's model in the shape highs' createModel() takes; `integer` keeps the integrality. */
export function toHighsModel(highs: Highs, lp: LpBuilder, integer: boolean): ModelData {
  return {
    numCols: lp.numCols,
    numRows: lp.numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: Float64Array.from(lp.colCost),
    colLower: Float64Array.from(lp.colLower),
    colUpper: Float64Array.from(lp.colUpper, (v) => (v === Infinity ? highs.infinity : v)),
    rowLower: Float64Array.from(lp.rowLower, (v) => (v === -Infinity ? -highs.infinity : v)),
    rowUpper: Float64Array.from(lp.rowUpper, (v) => (v === Infinity ? highs.infinity : v)),
    matrix: {
      format: 'csr', numRows: lp.numRows, numCols: lp.numCols,
      starts: Int32Array.from(lp.starts), indices: Int32Array.from(lp.indices), values: Float64Array.from(lp.values),
    },
    ...(integer ? { integrality: Int32Array.from(lp.integrality) } : {}),
  };
}

/** Solver log on or off, a fixed seed (same plan for the same input), then the caller's options. */
export function solverOptions(debugLog: boolean | undefined, options: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  return { output_flag: debugLog === true, log_to_console: debugLog === true, random_seed: 1, ...options };
}
