import PgBoss from 'pg-boss';
import type { DatabaseHandle } from '../db/connect.ts';

export const MATCHER_QUEUE = 'matcher';

/**
 * pg-boss's connection. On the PostgreSQL server: its own small pool (pg-boss's tested path). On PGlite:
 * its `db.executeSql` adapter through our Kysely dialect's mutex — PGlite has one session, and a pg-boss
 * statement run between another transaction's statements would join that transaction. pg-boss sends its
 * install and maintenance scripts (BEGIN; …; COMMIT;) without parameters: those go through `exec`.
 */
function connection(handle: DatabaseHandle): PgBoss.ConstructorOptions {
  if (handle.kind === 'postgres') {
    if (!handle.url) throw new Error('pg-boss: a PostgreSQL handle without its URL');
    return { connectionString: handle.url, max: 3, application_name: 'neo-jobs' };
  }
  const pg = handle.pglite;
  if (!pg) throw new Error('pg-boss: a PGlite handle without its instance');
  return {
    db: {
      executeSql: (text, values) => handle.db.connection().execute(async () => {
        if (values && values.length > 0) return pg.query(text, values);
        const results = await pg.exec(text);
        return results[results.length - 1] ?? { rows: [] };
      }),
    },
  };
}

export interface BossOptions {
  /** How often expired jobs (a killed worker's) are failed and retried: pg-boss maintenance. */
  maintenanceSeconds: number;
}

/** Starts pg-boss (installing or migrating its schema `pgboss` on first use) and creates the matcher queue. */
export async function startBoss(handle: DatabaseHandle, o: BossOptions, onError: (err: Error) => void): Promise<PgBoss> {
  const boss = new PgBoss({
    ...connection(handle), schema: 'pgboss',
    maintenanceIntervalSeconds: o.maintenanceSeconds, monitorStateIntervalSeconds: 60,
    archiveCompletedAfterSeconds: 24 * 3600, deleteAfterDays: 7,
  });
  boss.on('error', onError);
  await boss.start();
  await boss.createQueue(MATCHER_QUEUE, { name: MATCHER_QUEUE, policy: 'standard', retryLimit: 2, retryDelay: 0 });
  return boss;
}
