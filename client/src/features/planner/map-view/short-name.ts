/**
 * The name a map label shows: the place before the consular district, without parentheses or an
 * "excl. …" tail — "Daegu - Consulate-General in Busan district" → "Daegu",
 * "Changwon (+ Gyeongnam) - …" → "Changwon". The full name stays on hover and in the panel.
 */
export function shortName(name: string, max = 24): string {
  const head = (name.split(' - ')[0] ?? name).replace(/\(.*?\)/g, '').replace(/\bexcl\..*$/, '').replace(/\s+/g, ' ').trim();
  const s = head || name;
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}
