import type { OperationLabels } from '../../shared/schemas/operation.ts';
import type { Static } from 'typebox';

type Named = { id: string; name: string };
type Labels = Static<typeof OperationLabels>;

/**
 * Names for the ids an operation's screens show — airports by their code, partners and areas by name —
 * so no screen prints an id. `keep` limits a kind to the ids given (a liaison's view); absent, all of it.
 */
export function nameLabels(
  all: { airports: readonly (Named & { iata?: string | null; icao?: string | null })[]; partners: readonly Named[]; areas: readonly Named[] },
  keep: { airports: ReadonlySet<string>; partners?: ReadonlySet<string>; areas?: ReadonlySet<string> },
): Labels {
  const pick = <T extends Named>(rows: readonly T[], ids: ReadonlySet<string> | undefined, name: (r: T) => string) =>
    Object.fromEntries(rows.filter((r) => !ids || ids.has(r.id)).map((r) => [r.id, name(r)]));
  return {
    airports: pick(all.airports, keep.airports, (a) => a.iata ?? a.icao ?? a.name),
    partners: pick(all.partners, keep.partners, (p) => p.name),
    areas: pick(all.areas, keep.areas, (a) => a.name),
  };
}
