import type { Kysely } from 'kysely';
import type { Database } from '../../server/db/database.ts';
import { seedDemoData } from '../../server/seed/seed-database.ts';
import { loadDemoData } from '../../server/seed/load-files.ts';
import { generateScenario, SIZES } from '../scenario-generator.ts';

/**
 * Seeds a migrated database with the demo data (accounts included) and one generated bench scenario of
 * `size` beside it (bench/scenario-generator.ts); returns that scenario as the matcher sees it.
 */
export async function seedWithScenario(db: Kysely<Database>, size: string) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size} (${Object.keys(SIZES).join(', ')})`);
  const demo = loadDemoData();
  const generated = generateScenario(demo, spec);
  // The generator's airports are the demo's with fewer slots: the demo keeps its own, the scenario gets its copies' slots
  // on the same ids (they are the same airports), so the generated scenario's data is what the generator says.
  const byId = new Map(generated.airports.map((a) => [a.id, a]));
  // The generator's partners are named like some of the demo's (names are unique): theirs get a suffix.
  const demoNames = new Set(demo.partners.map((p) => p.name));
  const partners = new Map([...demo.partners, ...generated.partners.map((p) => (demoNames.has(p.name) ? { ...p, name: `${p.name} (bench)` } : p))]
    .map((p) => [p.id, p]));
  const outcome = await seedDemoData(db, {
    ...demo, airports: demo.airports.map((a) => byId.get(a.id) ?? a), partners: [...partners.values()],
    areas: [...demo.areas, ...generated.areas], offers: [...demo.offers, ...generated.offers], scenarios: [...demo.scenarios, generated.scenario],
  });
  if (!outcome.seeded) throw new Error(`seed failed: ${outcome.reason}`);
  return generated;
}
