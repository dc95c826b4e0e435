import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPI3 } from 'openapi-typescript';
import { testApp, type TestApp } from '../support/app.ts';

/**
 * The client cannot drift from the documented API (issue 16): TypeScript types generated from the OpenAPI
 * document are committed (client/src/lib/api-types.gen.ts; regenerate with `npx vitest run -u
 * test/api/api-contract.test.ts`) and must equal what the routes generate now; and every API call the client
 * makes with a literal path names a documented operation with that method.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const GENERATED = path.join(ROOT, 'client/src/lib/api-types.gen.ts');

let t: TestApp;
let doc: OpenAPI3;
beforeAll(async () => {
  t = await testApp();
  doc = structuredClone(t.app.swagger()) as unknown as OpenAPI3;
});
afterAll(() => t.close());

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
  });
}

/**
 * The document without prose, examples and error responses (they all share the error shape): what the generated
 * types are made of. Keys inside `properties` are field names (a scenario has a `description`), never stripped.
 */
const PROSE = new Set(['description', 'summary', 'example', 'examples', 'x-roles', 'tags']);
function shapesOnly(value: unknown, parent = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => shapesOnly(v));
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value)
    .filter(([k]) => parent === 'properties' || !PROSE.has(k))
    .filter(([k]) => parent !== 'responses' || k.startsWith('2'))
    .map(([k, v]) => [k, k === 'info' && parent === '' ? { title: 'NEO planner API', version: '1' } : shapesOnly(v, k)]));
}

/** `api.get<T>('/plans/${id}/summary', …)` → ['GET', '/plans/{}/summary']; dynamic heads (`${path(x)}`) are skipped. */
function clientCalls(): { call: string; file: string }[] {
  const found: { call: string; file: string }[] = [];
  const re = /\bapi\.(get|post|put|patch|delete)\s*(?:<(?:[^<>]|<[^<>]*>)*>)?\(\s*([`'])(\/[^`']*)\2/g;
  for (const file of files(path.join(ROOT, 'client/src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(re)) {
      const p = m[3]!.split('?')[0]!.replace(/\$\{[^}]*\}/g, '{}');
      found.push({ call: `${m[1]!.toUpperCase()} /api${p}`, file: path.relative(ROOT, file) });
    }
  }
  return found;
}

describe('the client against the OpenAPI document', () => {
  it('has committed types generated from the document the routes produce today', async () => {
    // Shapes only: descriptions and examples would make every doc edit a type change (and the file 900 KB).
    const types = astToString(await openapiTS(shapesOnly(doc) as OpenAPI3, { alphabetize: true }));
    const header = '// Generated from the OpenAPI document of the routes (test/api/api-contract.test.ts); do not edit.\n/* eslint-disable */\n';
    await expect(header + types).toMatchFileSnapshot(GENERATED);
  });

  it('calls only documented operations', () => {
    const documented = Object.entries(doc.paths ?? {}).flatMap(([p, item]) => Object.keys(item as object).map((m) => ({ method: m.toUpperCase(), segments: p.split('/') })));
    // A client '{}' (an interpolated value) stands for any one segment; a documented '{param}' takes any value.
    const matches = (call: string) => {
      const [method, p] = call.split(' ') as [string, string];
      const segs = p.split('/');
      return documented.some((d) => d.method === method && d.segments.length === segs.length
        && d.segments.every((s, i) => s === segs[i] || segs[i] === '{}' || /^\{\w+\}$/.test(s)));
    };
    const calls = clientCalls();
    expect(calls.length).toBeGreaterThan(40);
    expect(calls.filter((c) => !matches(c.call)).map((c) => `${c.call} (${c.file})`)).toEqual([]);
  });
});
