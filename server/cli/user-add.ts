import { parseArgs } from 'node:util';
import { Value } from 'typebox/value';
import { AccountCreate, PASSWORD_MIN } from '../../shared/schemas/accounts.ts';
import { createAccount } from '../services/accounts.service.ts';
import { HttpError } from '../lib/errors.ts';
import { fail, withDatabase } from './cli-database.ts';
import { PasswordSourceError, readPassword } from './read-password.ts';

const usage = 'usage: npm run user:add -- --username NAME --role planner|liaison|reader [--partner PARTNER_ID] [--password-file FILE|-]\n' +
  `  the password (${PASSWORD_MIN}+ characters) is read from --password-file (- for standard input), NEO_PASSWORD,\n` +
  '  piped standard input, or asked for on the terminal.\n' +
  '  With the server running on the embedded database, add accounts on its Accounts page (or POST /api/users) instead.';

let values: { username?: string; role?: string; partner?: string; 'password-file'?: string };
try {
  ({ values } = parseArgs({ options: { username: { type: 'string' }, role: { type: 'string' }, partner: { type: 'string' }, 'password-file': { type: 'string' } } }));
} catch (err) {
  fail(`${(err as Error).message}\n${usage}`, 2);
}
const username = values.username?.toLowerCase();
const role = values.role;
if (!username || !/^[a-z0-9][a-z0-9._-]{1,62}$/.test(username)) fail(`--username: 2–63 of a-z 0-9 . _ -\n${usage}`, 2);
if (role !== 'planner' && role !== 'liaison' && role !== 'reader') fail(`--role: planner, liaison or reader\n${usage}`, 2);
if ((role === 'liaison') !== Boolean(values.partner)) fail(`--partner: required for a liaison, and only for a liaison\n${usage}`, 2);

// The lock first: a running server's DATA_DIR stops us before anyone types a password.
await withDatabase(async (database) => {
  let password: string;
  try {
    password = await readPassword({ passwordFile: values['password-file'], env: process.env.NEO_PASSWORD });
  } catch (err) {
    if (err instanceof PasswordSourceError) { console.error(err.message); process.exitCode = 2; return; }
    throw err;
  }
  const body = { username, password, role, partnerId: values.partner ?? null };
  if (!Value.Check(AccountCreate, body)) {
    console.error(password.length < PASSWORD_MIN ? `password: at least ${PASSWORD_MIN} characters` : 'password: at most 256 characters');
    process.exitCode = 2;
    return;
  }
  try {
    const created = await createAccount(database.db, null, body);
    console.log(`created ${created.role} ${created.username}${created.partnerId ? ` (partner ${created.partnerId})` : ''} (${database.kind})`);
  } catch (err) {
    if (!(err instanceof HttpError)) throw err;
    console.error(err.message);
    process.exitCode = 1;
  }
});
