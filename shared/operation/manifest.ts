import type { ManifestLine } from '../schemas/operation.ts';

export interface ManifestProblem { field: string; reason: string }

/**
 * A departure's manifest as reported: each line an area of the scenario, each (area, priority)
 * once, and no more people aboard than the sortie has seats. Empty problems: it may be recorded.
 */
export function checkManifest(lines: readonly ManifestLine[], areaIds: ReadonlySet<string>, seats: number): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    if (!areaIds.has(l.assemblyAreaId)) out.push({ field: `body.manifest.${i}.assemblyAreaId`, reason: `${l.assemblyAreaId} is not an assembly area of the operation's scenario` });
    const key = `${l.assemblyAreaId}|${l.priority}`;
    if (seen.has(key)) out.push({ field: `body.manifest.${i}`, reason: `area ${l.assemblyAreaId} priority ${l.priority} is listed twice` });
    seen.add(key);
  });
  const aboard = lines.reduce((n, l) => n + l.passengers, 0);
  if (aboard > seats) out.push({ field: 'body.manifest', reason: `${aboard} people aboard, but the sortie has ${seats} seats` });
  return out;
}

export const manifestTotal = (lines: readonly ManifestLine[]) => lines.reduce((n, l) => n + l.passengers, 0);
