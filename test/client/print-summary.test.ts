import { describe, expect, it } from 'vitest';
import type { SummaryHeader, SummaryMap } from '../../shared/schemas/summary.ts';
import { fmtCount, fmtDateTime, fmtHours, fmtHplus, fmtPercent, fmtTime, shortAircraft, shortAreaName } from '../../client/src/features/print/format.ts';
import { cssString, footerText, pageCss } from '../../client/src/features/print/page-css.ts';
import { printMapData } from '../../client/src/features/print/map/print-map-data.ts';
import { printMapStyle } from '../../client/src/features/print/map/print-map-style.ts';

const header: SummaryHeader = {
  variant: 'full', title: 'Plan summary', airportId: null, partnerId: null, scenarioId: 'korea',
  scenarioName: 'Korean Peninsula contingency', scenarioStartsAt: '2027-04-01T00:00:00.000Z', horizonHours: 168,
  countries: [{ code: 'KR', name: 'South Korea' }], planId: 'p1', planName: 'Option "A"', status: 'draft', draft: true,
  version: 3, approvedAt: null, approvedBy: null, updatedAt: '2027-03-30T10:00:00.000Z',
  printedAt: '2027-03-31T08:05:00.000Z', printedBy: 'duty', violations: 0,
  plannedOn: { known: true, at: '2027-03-30T10:00:00.000Z', basis: 'saved', checkedAt: '2027-03-31T08:05:00.000Z', changed: false, changes: [], moreChanges: 0, newViolations: 0, breaks: false },
};

describe('print formatting', () => {
  it('formats UTC times, hours after the start and counts', () => {
    expect(fmtTime('2027-04-02T06:30:00.000Z')).toBe('02 Apr 06:30Z');
    expect(fmtDateTime('2027-04-02T06:30:00.000Z')).toBe('02 Apr 2027 06:30 UTC');
    expect(fmtHplus('2027-04-02T06:30:00.000Z', header.scenarioStartsAt)).toBe('H+30:30');
    expect(fmtHplus('2027-04-01T06:00:00.000Z', header.scenarioStartsAt)).toBe('H+6');
    expect(fmtHplus('2027-03-31T23:15:00.000Z', header.scenarioStartsAt)).toBe('H−0:45');
    expect(fmtHours(1.26)).toBe('1 h 16');
    expect(fmtHours(2)).toBe('2 h');
    expect(fmtCount(45826)).toBe('45,826');
    expect(fmtCount(null)).toBe('–');
    expect(fmtPercent(1, 3)).toBe('33%');
    expect(fmtPercent(1, 0)).toBe('–');
  });
  it('shortens area and aircraft names for tables and map labels', () => {
    expect(shortAreaName('Seoul Capital Area (Seoul, Incheon, Gyeonggi) - Embassy of Japan in Seoul district')).toBe('Seoul Capital Area');
    expect(shortAreaName('Busan - Consulate-General of Japan in Busan district')).toBe('Busan');
    expect(shortAreaName('Jeju')).toBe('Jeju');
    expect(shortAircraft('Boeing C-17A Globemaster III (USAF)')).toBe('Boeing C-17A Globemaster III');
  });
});

describe('page CSS', () => {
  it('escapes text for CSS content strings', () => {
    expect(cssString('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
    expect(cssString('</style><script>')).toBe('"\\3C /style>\\3C script>"');
    expect(cssString('two\nlines')).toBe('"two\\A lines"');
  });
  it('puts A4, page numbers, the plan and the DRAFT mark in the page margins', () => {
    const css = pageCss(header);
    expect(css).toContain('size: A4 portrait');
    expect(css).toContain('counter(page)');
    expect(css).toContain('counter(pages)');
    expect(css).toContain('"DRAFT — NOT APPROVED"');
    expect(css).toContain(cssString(footerText(header)));
    expect(footerText(header)).toBe('Option "A" · v3 · DRAFT — not approved · printed 31 Mar 2027 08:05 UTC by duty');
    const approved = pageCss({ ...header, status: 'approved', draft: false, approvedBy: 'chief' });
    expect(approved).not.toContain('DRAFT');
    expect(approved).toContain('"APPROVED"');
    const broken = pageCss({ ...header, status: 'approved', draft: false, plannedOn: { ...header.plannedOn, changed: true, breaks: true } });
    expect(broken).toContain('"APPROVED — INPUTS CHANGED, PLAN BROKEN"');
  });
});

describe('printed map', () => {
  const map: SummaryMap = {
    bounds: [[125, 33], [130, 38.5]], theatre: ['KR'],
    areas: [
      { id: 'busan', name: 'Busan - Consulate-General', lat: 35.18, lon: 129.08, evacuees: 4000, planned: 2000, share: 0.5 },
      { id: 'seoul', name: 'Seoul Capital Area (Seoul)', lat: 37.57, lon: 126.98, evacuees: 30000, planned: 30000, share: 1 },
    ],
    airports: [
      { id: 'RKSI', label: 'ICN', lat: 37.46, lon: 126.44, state: 'open', sdfDenied: true, sorties: 58, passengers: 14148 },
      { id: 'RKPC', label: 'CJU', lat: 33.51, lon: 126.49, state: 'closed', sdfDenied: true, sorties: 0, passengers: 0 },
    ],
    legs: [{ areaId: 'seoul', airportId: 'RKSI', from: [126.98, 37.57], to: [126.44, 37.46], passengers: 14148 }],
    hazards: [{ id: 'hz', name: 'Forward area', geometry: { type: 'Polygon', coordinates: [[[126.5, 37.8], [127.5, 37.8], [127.5, 38.3], [126.5, 37.8]]] } }],
  };
  const data = printMapData(map);

  it('labels areas and used airports with their figures, biggest areas drawn first', () => {
    expect(data.areas.features.map((f) => f.properties.id)).toEqual(['seoul', 'busan']);
    expect(data.areas.features[0]!.properties).toMatchObject({ label: 'Seoul Capital Area', detail: '30,000 / 30,000', share: 1 });
    expect(data.airports.features.map((f) => [f.properties.label, f.properties.used, f.properties.detail])).toEqual([
      ['ICN', true, '58 sorties · 14,148 pax'], ['CJU', false, ''],
    ]);
    expect(data.legs.features[0]!.geometry.coordinates).toEqual([[126.98, 37.57], [126.44, 37.46]]);
    expect(data.hazards.features[0]!.properties.name).toBe('Forward area');
  });

  it('says SDF denial once when every airport shown denies it, and rings only the denying ones otherwise', () => {
    expect(data.sdfEverywhere).toBe(true);
    expect(data.airports.features.every((f) => !f.properties.sdfDenied)).toBe(true);
    const mixed = printMapData({ ...map, airports: [map.airports[0]!, { ...map.airports[1]!, sdfDenied: false }] });
    expect(mixed.sdfEverywhere).toBe(false);
    expect(mixed.airports.features.map((f) => f.properties.sdfDenied)).toEqual([true, false]);
  });

  it('words the airports\' figures in the reader\'s language', () => {
    const ja = printMapData(map, (sorties, pax) => `${sorties}便 · ${pax}人`);
    expect(ja.airports.features[0]!.properties.detail).toBe('58便 · 14,148人');
  });

  it('builds one offline style: no tile, glyph or sprite server', () => {
    const style = printMapStyle({ countries: { type: 'FeatureCollection', features: [] }, labels: { type: 'FeatureCollection', features: [] } }, data, map.theatre);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(Object.values(style.sources).every((s) => s.type === 'geojson')).toBe(true);
    const ids = style.layers.map((l) => l.id);
    for (const id of ['land', 'theatre', 'hazard-fill', 'legs', 'areas', 'airports', 'airport-sdf', 'airport-labels']) expect(ids).toContain(id);
    // Airport labels are placed before area labels (the later layer wins a collision).
    expect(ids.indexOf('airport-labels')).toBeGreaterThan(ids.indexOf('area-labels'));
  });
});
