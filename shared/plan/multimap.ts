/** Appends to the list under `key` (created on first use). In place: copying the list on every
 *  append (`[...(m.get(k) ?? []), v]`) made building the XL model quadratic. */
export function pushTo<K, V>(m: Map<K, V[]>, key: K, value: V): void {
  const list = m.get(key);
  if (list) list.push(value);
  else m.set(key, [value]);
}
