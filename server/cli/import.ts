import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { withDatabase } from './cli-database.ts';
import { detectImportKind, formatImportError } from '../seed/import-rows.ts';
import { importFile } from '../services/import.service.ts';

const usage = 'usage: npm run import -- FILE.csv [--kind areas|airports|offers]\n' +
  '  columns: the fields of the API objects (see DATA_SOURCES.md, "CSV import"); rows with an id that exists are updated';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { kind: { type: 'string' } } });
const file = positionals[0];
if (!file) { console.error(usage); process.exit(2); }
let text: string;
try { text = readFileSync(file, 'utf8'); } catch (err) { console.error(`${file}: ${(err as Error).message}`); process.exit(2); }
const kind = values.kind ?? detectImportKind(text);
if (kind !== 'areas' && kind !== 'airports' && kind !== 'offers') {
  console.error(`${file}: cannot tell what the file holds from its header; say --kind areas|airports|offers\n${usage}`);
  process.exit(2);
}

await withDatabase(async (database) => {
  const result = await importFile(database.db, kind, text);
  if (result.errors.length) {
    console.error(`${file}: nothing imported; ${result.errors.length} problem(s):`);
    for (const e of result.errors.slice(0, 50)) console.error(`  ${formatImportError(e)}`);
    process.exitCode = 1;
  } else {
    console.log(`${file}: ${kind}: ${result.created} created, ${result.updated} updated (${database.kind})`);
  }
});
