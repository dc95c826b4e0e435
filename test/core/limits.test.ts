import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS, formatLimit } from '../../shared/limits.ts';

describe('the README states the limits the code enforces', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const table = readme.slice(readme.indexOf('## Limits'), readme.indexOf('## Layout'));
  it.each([
    ['request body', '1 MiB', LIMITS.bodyBytes === 1024 * 1024],
    ['nesting of arrays/objects in a JSON body', `${LIMITS.jsonDepth} levels`, true],
    ['positions in one ring of a hazard zone (the closing one included)', formatLimit(LIMITS.ringVertices), true],
    ['rings of one polygon (outline and holes)', formatLimit(LIMITS.polygonRings), true],
    ['positions of one polygon, all rings', formatLimit(LIMITS.polygonVertices), true],
    ['hazard zones of one scenario', formatLimit(LIMITS.hazardZones), true],
    ['positions of all hazard zones of one scenario', formatLimit(LIMITS.scenarioVertices), true],
    ['access rules of one scenario', formatLimit(LIMITS.accessRules), true],
    ['countries of one scenario', formatLimit(LIMITS.scenarioCountries), true],
    ["entries of a scenario's `airportStatus`", formatLimit(LIMITS.airportStatusKeys), true],
    ['sorties of one plan', formatLimit(LIMITS.planSorties), true],
    ['allocations of one sortie', formatLimit(LIMITS.sortieAllocations), true],
    ['origin airports of one lift offer', formatLimit(LIMITS.offerOrigins), true],
    ["places of one partner's seat request", formatLimit(LIMITS.seatRequestPlaces), true],
    ['rows of one CSV import', formatLimit(LIMITS.importRows), true],
    ['name / note / description / reason', [LIMITS.nameChars, LIMITS.noteChars, LIMITS.descriptionChars, LIMITS.reasonChars].map(formatLimit).join(' / '), true],
    ['years of a time', `${LIMITS.minYear}–${LIMITS.maxYear}`, true],
    ['matcher runs waiting behind the one solving', formatLimit(LIMITS.queuedMatcherRuns), true],
    ['a matcher run beyond its time limit', `${LIMITS.matcherGraceSeconds} s`, true],
  ])('%s: %s', (what, value, consistent) => {
    expect(consistent).toBe(true);
    const row = table.split('\n').find((l) => l.startsWith(`| ${what} |`));
    expect(row, what).toBeDefined();
    expect(row!.split('|')[2]!.trim().startsWith(value), row).toBe(true);
  });
});
