// Prints the initial page weight of the built client (gzip -9 of what index.html loads before any
// lazy import: the HTML, its entry scripts, module preloads and style sheets). Fonts are listed apart:
// the browser fetches a woff2 subset only when the page shows a character of its unicode-range.
// Usage: npm run build && node --import tsx scripts/page-weight.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = join(import.meta.dirname, '..', 'client', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const gz = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
const rows: Array<[string, number]> = [['index.html', gz(html)], ...refs.map((r): [string, number] => [r, gz(readFileSync(join(dist, r)))])];
const total = rows.reduce((s, [, n]) => s + n, 0);
for (const [name, n] of rows) console.log(`${(n / 1024).toFixed(1).padStart(8)} KB  ${name}`);
console.log(`${(total / 1024).toFixed(1).padStart(8)} KB  initial page, gzipped`);
const fonts = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.woff2'));
const fontBytes = fonts.reduce((s, f) => s + readFileSync(join(dist, 'assets', f)).length, 0);
console.log(`${fonts.length} woff2 subsets shipped, ${(fontBytes / 1024 / 1024).toFixed(1)} MB in all (each fetched only when a page shows its characters)`);
