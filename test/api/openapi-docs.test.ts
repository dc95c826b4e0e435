import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { testApp, type TestApp } from '../support/app.ts';
import { apiRoutes } from '../support/routes.ts';
import { ERROR_CODES } from '../../server/docs/error-codes.ts';
import { ErrorCode } from '../../shared/schemas/common.ts';

/**
 * Walks the OpenAPI document the app generates (the one /api/docs shows): every operation must carry a
 * summary, a description, its roles, examples that match its own schemas, and error responses in the app's
 * error shape. A route added without `config: { ...docRoute({ … }) }` (server/docs/route-doc.ts) fails here.
 */

interface Media { schema?: Record<string, unknown>; example?: unknown; examples?: Record<string, { value: unknown }> }
interface Operation {
  summary?: string; description?: string; 'x-roles'?: string[];
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { description: string; content?: Record<string, Media> }>;
}
interface Document { paths: Record<string, Record<string, Operation>>; info: { description?: string } }

const examplesOf = (m: Media): unknown[] => [...(m.example !== undefined ? [m.example] : []), ...Object.values(m.examples ?? {}).map((e) => e.value)];
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

let t: TestApp;
let doc: Document;
beforeAll(async () => {
  t = await testApp();
  doc = t.app.swagger() as unknown as Document;
});
afterAll(() => t.close());

function operations(): [string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).filter(([m]) => METHODS.includes(m)).map(([m, op]) => [`${m.toUpperCase()} ${path}`, op] as [string, Operation]));
}

describe('the OpenAPI document', () => {
  it('is valid OpenAPI (@seriousme/openapi-schema-validator)', async () => {
    const result = await new Validator().validate(structuredClone(doc) as unknown as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every API route the app serves', () => {
    const documented = new Set(operations().map(([name]) => name.replace(/\{(\w+)\}/g, ':$1')));
    expect(apiRoutes(t.app).filter((r) => !documented.has(r))).toEqual([]);
  });

  it('gives every operation a summary, a description, its roles, examples and its error responses', () => {
    const problems: string[] = [];
    for (const [name, op] of operations()) {
      const lack = (what: string) => problems.push(`${name}: ${what}`);
      if (!op.summary?.trim()) lack('no summary');
      if (!op.description?.trim() || op.description.startsWith('\n')) lack('no description');
      if (!op['x-roles']?.length) lack('no roles (x-roles)');
      for (const [type, media] of Object.entries(op.requestBody?.content ?? {})) {
        if (examplesOf(media).length === 0) lack(`no request example (${type})`);
      }
      const statuses = Object.keys(op.responses);
      const ok = statuses.filter((s) => s.startsWith('2'));
      if (ok.length === 0) lack('no success response');
      for (const s of ok) {
        for (const [type, media] of Object.entries(op.responses[s]!.content ?? {})) {
          if (s !== '204' && examplesOf(media).length === 0) lack(`no example of the ${s} answer (${type})`);
        }
      }
      const errors = statuses.filter((s) => /^[45]/.test(s));
      if (errors.length === 0) lack('no error response');
      for (const s of errors) {
        const media = op.responses[s]!.content?.['application/json'];
        const props = media?.schema?.properties as Record<string, unknown> | undefined;
        if (!props?.code || !props.message) lack(`${s} is not in the error shape { code, message, details }`);
        const examples = media ? examplesOf(media) as { code?: string }[] : [];
        if (examples.length === 0) lack(`no example of the ${s} error`);
        for (const e of examples) {
          const known = ERROR_CODES[e.code as ErrorCode];
          if (!known) lack(`${s} names an unknown code ${e.code}`);
          else if (!known.statuses.includes(Number(s))) lack(`${s} names ${e.code}, which the catalogue gives ${known.statuses.join('/')}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has examples that match their own schemas', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const problems: string[] = [];
    for (const [name, op] of operations()) {
      const medias: [string, Media][] = [
        ...Object.entries(op.requestBody?.content ?? {}).map(([t, m]) => [`request ${t}`, m] as [string, Media]),
        ...Object.entries(op.responses).flatMap(([s, r]) => Object.entries(r.content ?? {}).map(([t, m]) => [`${s} ${t}`, m] as [string, Media])),
      ];
      for (const [where, media] of medias) {
        if (!media.schema) continue;
        const check = ajv.compile(media.schema);
        for (const example of examplesOf(media)) {
          if (!check(example)) problems.push(`${name} ${where}: ${ajv.errorsText(check.errors)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists every error code with its meaning in the introduction and at GET /api/error-codes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/error-codes' });
    expect(res.statusCode).toBe(200);
    const listed = (res.json() as { code: string }[]).map((e) => e.code).sort();
    expect(listed).toEqual(Object.values(ErrorCode).sort());
    for (const code of Object.values(ErrorCode)) expect(doc.info.description).toContain(`\`${code}\``);
  });
});
