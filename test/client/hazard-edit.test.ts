import { describe, expect, it } from 'vitest';
import { airportsClosedByZones, drawFeaturesToZones, newZoneId, zonesToDrawFeatures } from '../../client/src/features/planner/map/hazard-edit.ts';
import type { HazardZone } from '../../shared/schemas/domain.ts';
import { airports } from './fixtures.ts';

const zone: HazardZone = { id: 'z1', name: 'Around Incheon', geometry: { type: 'Polygon', coordinates: [[[126.3, 37.3], [126.6, 37.3], [126.6, 37.6], [126.3, 37.6], [126.3, 37.3]]] } };

describe('hazard zone editing', () => {
  it('round-trips zones through the drawing tool\'s features, keeping ids and names', () => {
    const features = zonesToDrawFeatures([zone]);
    expect(features[0]).toMatchObject({ id: 'z1', properties: { mode: 'polygon' } });
    expect(drawFeaturesToZones(features, new Map([['z1', 'Around Incheon']]))).toEqual([zone]);
  });

  it('closes open rings, rounds coordinates, names new zones and drops what is not a polygon', () => {
    const drawn = [
      { id: 'hz-new', geometry: { type: 'Polygon', coordinates: [[[127.1234567891, 37], [127.5, 37], [127.5, 37.5]]] } },
      { id: 'p', geometry: { type: 'Point', coordinates: [127, 37] } },
      { id: 'tiny', geometry: { type: 'Polygon', coordinates: [[[127, 37], [127.1, 37]]] } },
    ];
    const zones = drawFeaturesToZones(drawn, new Map());
    expect(zones).toHaveLength(1);
    expect(zones[0]!.name).toBe('Hazard zone 1');
    expect(zones[0]!.geometry.coordinates[0]).toEqual([[127.123457, 37], [127.5, 37], [127.5, 37.5], [127.123457, 37]]);
  });

  it('lists the airports each zone closes', () => {
    const closed = airportsClosedByZones([zone], airports);
    expect(closed.get('z1')!.map((a) => a.id)).toEqual(['ICN']);
  });

  it('makes zone ids the API accepts', () => {
    expect(newZoneId()).toMatch(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
    expect(newZoneId()).not.toBe(newZoneId());
  });
});
