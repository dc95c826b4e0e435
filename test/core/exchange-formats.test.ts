import { describe, expect, it } from 'vitest';
import { getIssues } from '@placemarkio/check-geojson';
import { rightHandRule, hazardFeature, collection, areaFeature } from '../../shared/exchange/geojson.ts';
import { toCsv } from '../../server/exchange/csv.ts';
import { toKmlDocument } from '../../server/exchange/kml.ts';
import { checkKml } from '../support/kml.ts';

const twiceArea = (ring: number[][]) => ring.slice(0, -1).reduce((n, p, i) => n + p[0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * p[1]!, 0);

describe('GeoJSON of the registry (RFC 7946)', () => {
  it('winds outlines counterclockwise and holes clockwise, whatever the stored winding', () => {
    const cw = [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]];
    const holeCcw = [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]];
    const [outer, hole] = rightHandRule([cw, holeCcw]);
    expect(twiceArea(outer!)).toBeGreaterThan(0);
    expect(twiceArea(hole!)).toBeLessThan(0);
    expect(rightHandRule([outer!])[0]).toEqual(outer);
  });

  it('writes features a maintained validator accepts, positions rounded to 7 decimals, no version', () => {
    const fc = collection([
      areaFeature({ id: 'a', country: 'KR', zone: 'KR-main', name: 'Ā <&> "x"', lat: 37.123456789, lon: 127.987654321, residents: 5, visitors: 1, priority1: 0, priority2: 0, version: 3 } as never),
      hazardFeature({ id: 'z', name: 'zone', geometry: { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [0, 0]]] } }),
    ]);
    expect(getIssues(JSON.stringify(fc))).toEqual([]);
    expect(fc.features[0]!.geometry.coordinates).toEqual([127.9876543, 37.1234568]);
    expect(fc.features[0]!.properties).not.toHaveProperty('version');
    const kml = toKmlDocument(fc, 'Name & <test>');
    expect(checkKml(kml).problems).toEqual([]);
    expect(kml).toContain('<name>Name &amp; &lt;test&gt;</name>');
    expect(kml).not.toMatch(/<Placemark id=/);
  });
});

describe('CSV (csv-stringify)', () => {
  it('quotes what needs quoting, joins lists with ;, and never starts a cell with a formula', () => {
    const csv = toCsv(['a', 'b', 'c', 'd'], [
      { a: '=1+1', b: 'x, "y"', c: ['RKSI', 'RKSS'], d: null },
      { a: '-2', b: '@SUM(A1)', c: true, d: 3.5 },
      { a: ' padded', b: 'line\nbreak', c: '+cmd', d: -4 },
    ]);
    expect(csv).toBe([
      'a,b,c,d',
      `'=1+1,"x, ""y""",RKSI;RKSS,`,
      `'-2,'@SUM(A1),true,3.5`,
      `" padded","line\nbreak",'+cmd,-4`,
      '',
    ].join('\r\n'));
  });
});
