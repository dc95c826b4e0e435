import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/db.ts';

// The bug kysely-pglite 0.6 had (STACK.md): parallel transactions on PGlite's single session
// interleaved, so an insert in a rolled-back transaction was committed by another's COMMIT.
describe('transactions', () => {
  let t: TestDatabase;
  beforeAll(async () => { t = await testDatabase(); });
  afterAll(async () => { await t.dispose(); });

  it('keeps parallel transactions apart: a rolled-back one leaves nothing behind', async () => {
    const codes = Array.from({ length: 12 }, (_, i) => `X${String.fromCharCode(65 + i)}`);
    const results = await Promise.allSettled(codes.map((code, i) => t.db.transaction().execute(async (trx) => {
      await trx.insertInto('countries').values({ code, name: `Country ${code}` }).execute();
      // Yield so that the other transactions get their turn in between, as real requests would.
      await new Promise((r) => setTimeout(r, 5));
      await trx.selectFrom('countries').select('code').execute();
      if (i % 3 === 0) throw new Error('roll back');
    })));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    const stored = (await t.db.selectFrom('countries').select('code').where('code', 'in', codes).execute()).map((r) => r.code).sort();
    expect(stored).toEqual(codes.filter((_, i) => i % 3 !== 0).sort());
  });

  it('sees its own uncommitted writes inside the transaction only', async () => {
    let inside = 0;
    const outside: number[] = [];
    await t.db.transaction().execute(async (trx) => {
      await trx.insertInto('countries').values({ code: 'QQ', name: 'Test' }).execute();
      inside = (await trx.selectFrom('countries').select('code').where('code', '=', 'QQ').execute()).length;
      throw new Error('abort');
    }).catch(() => undefined);
    outside.push((await t.db.selectFrom('countries').select('code').where('code', '=', 'QQ').execute()).length);
    expect(inside).toBe(1);
    expect(outside).toEqual([0]);
  });

  it('enforces the CHECK constraints of the domain', async () => {
    await t.db.insertInto('countries').values({ code: 'KR', name: 'South Korea' }).onConflict((c) => c.doNothing()).execute();
    const area = { id: 'chk', country: 'KR', zone: 'KR-main', name: 'x', lat: 37, lon: 127, residents: 10, visitors: 0, priority1: 0, priority2: 0, updated_at: new Date() };
    await expect(t.db.insertInto('assembly_areas').values({ ...area, residents: -1 }).execute()).rejects.toThrow();
    await expect(t.db.insertInto('assembly_areas').values({ ...area, priority1: 8, priority2: 8 }).execute()).rejects.toThrow();
    await expect(t.db.insertInto('assembly_areas').values({ ...area, lat: 200 }).execute()).rejects.toThrow();
    await t.db.insertInto('assembly_areas').values(area).execute();
    expect((await t.db.selectFrom('assembly_areas').select('id').where('id', '=', 'chk').execute())).toHaveLength(1);
  });
});
