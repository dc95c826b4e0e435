/**
 * The ordered set a plane sweep keeps (segments by height at the sweep line): a treap, so insert, delete
 * and neighbour look-ups are O(log n) expected whatever the input. Priorities come from a fixed-seed
 * generator, so a given polygon is always checked the same way.
 */
interface Node<T> { item: T; priority: number; left: Node<T> | null; right: Node<T> | null }

export class SweepStatus<T> {
  private root: Node<T> | null = null;
  private seed = 0x9e3779b9;
  size = 0;

  /** `compare(a, b)` < 0 when a lies below b; it is only asked about items present (or being inserted). */
  constructor(private readonly compare: (a: T, b: T) => number) {}

  insert(item: T): void {
    const [lower, upper] = this.split(this.root, item, false);
    this.root = this.merge(this.merge(lower, { item, priority: this.nextPriority(), left: null, right: null }), upper);
    this.size++;
  }

  remove(item: T): void {
    const [lower, rest] = this.split(this.root, item, false);
    const [, upper] = this.split(rest, item, true);
    this.root = this.merge(lower, upper);
    this.size--;
  }

  /** The item just below `item`, or undefined. */
  below(item: T): T | undefined {
    let node = this.root;
    let found: T | undefined;
    while (node) {
      if (this.compare(node.item, item) < 0) {
        found = node.item;
        node = node.right;
      } else node = node.left;
    }
    return found;
  }

  /** The item just above `item`, or undefined. */
  above(item: T): T | undefined {
    let node = this.root;
    let found: T | undefined;
    while (node) {
      if (this.compare(node.item, item) > 0) {
        found = node.item;
        node = node.left;
      } else node = node.right;
    }
    return found;
  }

  /** Splits into items below `key` and the rest (orEqual false), or items up to and including it and the rest. */
  private split(node: Node<T> | null, key: T, orEqual: boolean): [Node<T> | null, Node<T> | null] {
    if (!node) return [null, null];
    const c = this.compare(node.item, key);
    if (c < 0 || (orEqual && c === 0)) {
      const [l, r] = this.split(node.right, key, orEqual);
      node.right = l;
      return [node, r];
    }
    const [l, r] = this.split(node.left, key, orEqual);
    node.left = r;
    return [l, node];
  }

  private merge(a: Node<T> | null, b: Node<T> | null): Node<T> | null {
    if (!a) return b;
    if (!b) return a;
    if (a.priority > b.priority) {
      a.right = this.merge(a.right, b);
      return a;
    }
    b.left = this.merge(a, b.left);
    return b;
  }

  /** xorshift32 */
  private nextPriority(): number {
    let x = this.seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.seed = x >>> 0;
    return this.seed;
  }
}
