import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../support/app.ts';
import { CHUNKED_REPLY_CHARS } from '../../server/lib/chunked-reply.ts';

/** Long replies go out as a stream of slices (server/lib/chunked-reply.ts): the same bytes, over real HTTP. */
let t: TestApp;
let base = '';
beforeAll(async () => {
  t = await testApp();
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as { port: number }).port}`;
});
afterAll(() => t.close());

describe('long replies', () => {
  it('are sent chunked, byte for byte the same JSON', async () => {
    const res = await fetch(`${base}/api/docs/json`);
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text.length).toBeGreaterThan(CHUNKED_REPLY_CHARS);
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    expect(res.headers.get('content-length')).toBeNull();
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(t.app.swagger())));
  });

  it('leave short replies as they were, with their Content-Length', async () => {
    const res = await fetch(`${base}/api/health`);
    const text = await res.text();
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(text)));
  });
});
