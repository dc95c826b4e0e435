import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../config.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { hashPassword } from '../auth/passwords.ts';
import { insertUser } from '../repositories/users.repository.ts';
import { recordAudit } from '../repositories/audit.repository.ts';

const usage = 'usage: npm run user:add -- --username NAME --role planner|liaison|reader [--partner PARTNER_ID]\n' +
  '  the password is read from NEO_PASSWORD or asked for on the terminal (12+ characters)';

const { values } = parseArgs({ options: { username: { type: 'string' }, role: { type: 'string' }, partner: { type: 'string' } } });
const username = values.username?.toLowerCase();
const role = values.role;
if (!username || !/^[a-z0-9][a-z0-9._-]{1,62}$/.test(username)) { console.error(`--username: 2–63 of a-z 0-9 . _ -\n${usage}`); process.exit(2); }
if (role !== 'planner' && role !== 'liaison' && role !== 'reader') { console.error(`--role: planner, liaison or reader\n${usage}`); process.exit(2); }
if ((role === 'liaison') !== Boolean(values.partner)) { console.error(`--partner: required for a liaison, and only for a liaison\n${usage}`); process.exit(2); }

let password = process.env.NEO_PASSWORD;
if (!password) {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question('password: ');
  rl.close();
}
if (password.length < 12) { console.error('password: at least 12 characters'); process.exit(2); }

const database = await connect(loadConfig());
try {
  await migrateToLatest(database.db);
  const partnerId = values.partner ?? null;
  if (partnerId && !(await database.db.selectFrom('partners').select('id').where('id', '=', partnerId).executeTakeFirst())) {
    throw new Error(`--partner: no partner ${partnerId}`);
  }
  const passwordHash = await hashPassword(password);
  await database.db.transaction().execute(async (trx) => {
    await insertUser(trx, { username, passwordHash, role, partnerId });
    await recordAudit(trx, { username: null, action: 'create', entityType: 'user', entityId: username, after: { username, role, partnerId } });
  });
  console.log(`created ${role} ${username}`);
} catch (err) {
  const e = err as { code?: string; message?: string };
  console.error(e.code === '23505' ? `user ${username} already exists` : e.message ?? String(err));
  process.exitCode = 1;
} finally {
  await database.close();
}
