import { describe, expect, it } from 'vitest';
import { CSV_HEADERS, type CsvKind } from '../../shared/exchange/csv-headers.ts';
import { columnOfHeader, headerRow } from '../../shared/exchange/csv-header-words.ts';

/** The header tables: a header cell must name one column, whatever language it is in. */
describe('CSV header tables', () => {
  const kinds = Object.keys(CSV_HEADERS) as CsvKind[];

  it('never gives two columns of one CSV the same word, in either language', () => {
    for (const kind of kinds) {
      const words = Object.values(CSV_HEADERS[kind]).flatMap((w) => [...new Set([w.en, w.ja])]);
      expect(new Set(words).size, kind).toBe(words.length);
    }
  });

  it('has a Japanese word for every column, and English words that are the keys the API uses', () => {
    for (const kind of kinds) {
      for (const [key, w] of Object.entries(CSV_HEADERS[kind])) {
        expect(w.ja, `${kind}.${key}`).toMatch(/[^ -~]|^ID$|^UN\/LOCODE$/);
        expect(w.en, `${kind}.${key}`).toBe(key);
      }
    }
  });

  it('reads a header cell back to its column and language', () => {
    expect(headerRow('areas', ['name', 'lat'], 'ja')).toEqual(['名称', '緯度']);
    expect(columnOfHeader('areas', ' 緯度 ')).toEqual({ key: 'lat', lang: 'ja' });
    expect(columnOfHeader('areas', 'lat')).toEqual({ key: 'lat', lang: 'en' });
    expect(columnOfHeader('areas', 'latitude')).toBeUndefined();
  });
});
