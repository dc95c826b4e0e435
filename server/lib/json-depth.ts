/**
 * Where a JSON text nests deeper than `limit` arrays/objects, as a field path (`body.a.b[0]…`), or null.
 * One pass over the characters with an explicit stack (never recursion), run before JSON.parse: a body
 * nested 10,000 deep parses fine but then overflowed the stack of every recursive walk after it (a 500).
 * Not a validator: text that is not JSON is left to the parser.
 */
export function jsonTooDeep(text: string, limit: number, root = 'body'): string | null {
  // Per open container: the key or index it is at, as a path segment.
  const path: string[] = [];
  const index: number[] = [];
  let inString = false;
  let keyStart = -1;
  let expectKey = false;
  let lastKey = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) {
        inString = false;
        if (keyStart >= 0) lastKey = text.slice(keyStart, Math.min(i, keyStart + 40));
        keyStart = -1;
      }
      continue;
    }
    switch (c) {
      case 0x22: // "
        inString = true;
        if (expectKey) {
          keyStart = i + 1;
          expectKey = false;
        }
        break;
      case 0x7b: // {
      case 0x5b: { // [
        const parent = path.length > 0 ? (index[index.length - 1]! >= 0 ? `[${index[index.length - 1]}]` : `.${lastKey}`) : '';
        path.push(parent);
        index.push(c === 0x5b ? 0 : -1);
        if (path.length > limit) return `${root}${path.slice(0, 12).join('')}${path.length > 12 ? '…' : ''}`;
        expectKey = c === 0x7b;
        break;
      }
      case 0x7d: // }
      case 0x5d: // ]
        path.pop();
        index.pop();
        expectKey = false;
        break;
      case 0x2c: { // ,
        const top = index.length - 1;
        if (top >= 0 && index[top]! >= 0) index[top]!++;
        else if (top >= 0) expectKey = true;
        break;
      }
      default:
    }
  }
  return null;
}
