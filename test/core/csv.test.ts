import { describe, expect, it } from 'vitest';
import { CsvError, parseCsv, parseCsvTable } from '../../server/seed/csv.ts';
import {
  detectImportKind, formatImportError, importAirports, importAreas, importOffers,
} from '../../server/seed/import-rows.ts';
import { loadDemoFiles } from '../../server/seed/load-files.ts';

describe('parseCsv', () => {
  it('splits plain fields and records', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
  });

  it('keeps commas, line breaks and doubled quotes inside quoted fields', () => {
    const text = 'name,note\n"Seoul, Incheon","line one\nline two"\n"say ""hi""",x\n';
    expect(parseCsv(text)).toEqual([
      ['name', 'note'], ['Seoul, Incheon', 'line one\nline two'], ['say "hi"', 'x'],
    ]);
  });

  it('accepts CRLF line ends, a byte-order mark and a missing final line break', () => {
    expect(parseCsv('\uFEFFa,b\r\n1,2\r\n3,4')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('keeps empty fields, empty quoted fields and CRLF inside quotes', () => {
    expect(parseCsv(',"",x\n"a\r\nb",,\n')).toEqual([['', '', 'x'], ['a\r\nb', '', '']]);
  });

  it('returns no records for empty text', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it('rejects an unterminated quoted field', () => {
    expect(() => parseCsv('a,b\n"open,1\n')).toThrow(CsvError);
    expect(() => parseCsv('a,b\n"open,1\n')).toThrow(/unterminated/);
  });

  it('rejects a quote inside an unquoted field and text after a closing quote', () => {
    expect(() => parseCsv('a,b"c\n')).toThrow(/quote inside an unquoted field/);
    expect(() => parseCsv('"a"b,c\n')).toThrow(/closing quote/);
  });

  it('reports the line of an error', () => {
    try {
      parseCsv('a\nb\nc"d\n');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).line).toBe(3);
    }
  });
});

describe('parseCsvTable', () => {
  it('keys records by header and numbers rows from 2', () => {
    const t = parseCsvTable('id,name\nx,"A, B"\n\ny,C\n');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.rows).toEqual([
      { row: 2, values: { id: 'x', name: 'A, B' } },
      { row: 4, values: { id: 'y', name: 'C' } },
    ]);
  });

  it('rejects a record with the wrong number of fields and a duplicate header', () => {
    expect(() => parseCsvTable('a,b\n1,2,3\n')).toThrow(/row 2 has 3 fields/);
    expect(() => parseCsvTable('a,a\n1,2\n')).toThrow(/duplicate header/);
    expect(() => parseCsvTable('')).toThrow(/no header/);
  });

  it('reads the reference files the project carries', () => {
    const f = loadDemoFiles();
    const airports = parseCsvTable(f.airportsCsv);
    expect(airports.header).toHaveLength(17);
    expect(airports.rows).toHaveLength(168);
    expect(airports.rows.find((r) => r.values.ident === 'PGSN')?.values.municipality).toBe('I Fadang, Saipan');
    const residents = parseCsvTable(f.residentsCsv);
    expect(residents.rows).toHaveLength(19);
    expect(residents.rows.reduce((s, r) => s + Number(r.values.residents), 0)).toBe(41_717 + 25_678);
    expect(parseCsvTable(f.aircraftCsv).rows).toHaveLength(20);
  });
});

describe('importAreas', () => {
  const header = 'id,country,zone,name,lat,lon,residents,visitors,priority1,priority2';

  it('turns rows into assembly areas with defaults for optional columns', () => {
    const csv = 'country,zone,name,lat,lon,residents,id\nKR,KR-main,"Seoul, Yongsan",37.53,126.98,1200,kr-yongsan\nKR,KR-jeju,Jeju,33.5,126.5,40,\n';
    const r = importAreas(csv);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      { id: 'kr-yongsan', country: 'KR', zone: 'KR-main', name: 'Seoul, Yongsan', lat: 37.53, lon: 126.98, residents: 1200, visitors: 0, priority1: 0, priority2: 0 },
      { country: 'KR', zone: 'KR-jeju', name: 'Jeju', lat: 33.5, lon: 126.5, residents: 40, visitors: 0, priority1: 0, priority2: 0 },
    ]);
  });

  it('names the row and column of every bad value and imports nothing', () => {
    const csv = `${header}\n`
      + 'a1,KR,KR-main,Ok,37,127,10,0,1,2\n'
      + 'a2,KR,KR-main,Bad lat,200,127,10,0,0,0\n'
      + 'a3,Korea,KR-main,Bad country,37,127,ten,0,0,0\n'
      + 'a4,KR,KR-main,Too many priority,37,127,10,0,6,5\n'
      + 'a1,KR,KR-main,Same id,37,127,1,0,0,0\n'
      + 'a6,KR,KR-main,,37,127,1.5,-1,0,0\n';
    const r = importAreas(csv);
    expect(r.rows).toEqual([]);
    const msgs = r.errors.map(formatImportError);
    expect(msgs).toContainEqual(expect.stringMatching(/^row 3, column lat: must be <= 90/));
    expect(msgs).toContain('row 4, column residents: "ten" is not a number');
    expect(msgs).toContain('row 5, column priority2: priority1 + priority2 (11) exceeds residents + visitors (10)');
    expect(msgs).toContain('row 6, column id: "a1" is also used on row 2');
    expect(msgs).toContain('row 7, column name: required, but blank');
    expect(msgs).toContain('row 7, column residents: "1.5" is not a whole number');
    // the bad country code is reported once the numbers of its row are fixed
    const fixed = importAreas(`${header}\na3,Korea,KR-main,Bad country,37,127,10,0,0,0\n`);
    expect(fixed.errors.map(formatImportError)).toEqual([expect.stringMatching(/^row 2, column country: must match pattern/)]);
  });

  it('rejects unknown and missing columns in the header', () => {
    const r = importAreas('country,zone,name,lat,lon,population\nKR,KR-main,X,1,1,3\n');
    expect(r.errors.map(formatImportError)).toEqual([
      expect.stringMatching(/^row 1, column population: unknown column/),
      'row 1, column residents: required column is missing from the header',
    ]);
  });

  it('reports broken CSV and a short record', () => {
    expect(importAreas(`${header}\n"a,KR\n`).errors[0]?.message).toMatch(/unterminated/);
    expect(importAreas(`${header}\na,KR\n`).errors.map(formatImportError)).toEqual(['row 2: 2 fields, the header has 10']);
    expect(importAreas('').errors[0]?.message).toMatch(/empty/);
  });
});

describe('importAirports and importOffers', () => {
  it('imports airports with null for blank optional columns', () => {
    const csv = 'id,iata,icao,name,country,zone,lat,lon,runwayM,departuresPerHour,status,role\n'
      + 'RKSI,ICN,RKSI,Incheon International Airport,KR,KR-main,37.469101,126.450996,4000,20,,evac_origin_KR\n'
      + 'KR-1114,,,Ulleung Airport,KR,KR-ulleung,37.455064,130.876828,,0,closed,\n';
    const r = importAirports(csv);
    expect(r.errors).toEqual([]);
    expect(r.rows[1]).toEqual({
      id: 'KR-1114', iata: null, icao: null, name: 'Ulleung Airport', country: 'KR', zone: 'KR-ulleung',
      lat: 37.455064, lon: 130.876828, runwayM: null, departuresPerHour: 0, status: 'closed', role: null, berths: null, unlocode: null,
    });
    expect(r.rows[0]?.status).toBe('open');
    const bad = importAirports('name,country,zone,lat,lon,departuresPerHour,status,iata\nX,KR,main,1,1,4,shut,ICNX\n');
    expect(bad.errors.map((e) => e.column).sort()).toEqual(['iata', 'status', 'zone']);
    expect(bad.errors.every((e) => e.row === 2)).toBe(true);
  });

  it('imports offers with a list of origin airports and checks the window', () => {
    const head = 'id,partnerId,category,aircraftType,seatsPerSortie,sorties,aircraftCount,availableFrom,availableTo,originAirportIds,destinationAirportId,turnaroundHours,status,note,version';
    const ok = importOffers(`${head}\noffer-x,us-usaf,foreign_military,C-17,102,10,2,2027-04-01T06:00:00Z,2027-04-05T00:00:00Z,RKSO; RKSI,RJFF,6.5,,"Osan, Incheon",\n`);
    expect(ok.errors).toEqual([]);
    expect(ok.rows[0]).toMatchObject({ originAirportIds: ['RKSO', 'RKSI'], status: 'submitted', version: 1, note: 'Osan, Incheon', turnaroundHours: 6.5 });
    const bad = importOffers(`${head}\noffer-y,us-usaf,navy,C-17,0,10,2,2027-04-05T00:00:00Z,2027-04-01T00:00:00Z,RKSO;;RKSI,RJFF,6,,,\n`
      + `offer-z,us-usaf,civil,B787,242,10,2,2027-04-05T00:00:00Z,2027-04-01T00:00:00Z,RKSI,RJFF,6,,,\n`);
    const msgs = bad.errors.map(formatImportError);
    expect(msgs).toContain('row 2, column originAirportIds: an empty airport id in "RKSO;;RKSI" (separate ids with \';\')');
    expect(msgs).toContain('row 3, column availableTo: must be after availableFrom (2027-04-05T00:00:00Z)');
    const onlySchema = importOffers(`${head}\noffer-y,us-usaf,navy,C-17,0,10,2,2027-04-01T00:00:00Z,2027-04-05T00:00:00Z,RKSO,RJFF,6,,,\n`);
    const cols = onlySchema.errors.map((e) => e.column);
    expect(cols).toContain('category');
    expect(cols).toContain('seatsPerSortie');
  });

  it('detects which import a header is for', () => {
    expect(detectImportKind('country,zone,name,lat,lon,residents\n')).toBe('areas');
    expect(detectImportKind('name,country,zone,lat,lon,departuresPerHour,iata\n')).toBe('airports');
    expect(detectImportKind('partnerId,category,aircraftType,seatsPerSortie,sorties,aircraftCount,availableFrom,availableTo,originAirportIds,destinationAirportId,turnaroundHours\n')).toBe('offers');
    expect(detectImportKind('foo,bar\n')).toBeNull();
  });
});
