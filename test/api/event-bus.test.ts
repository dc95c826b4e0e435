import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify, { type FastifyInstance } from 'fastify';
import { testDatabase, type TestDatabase } from '../support/db.ts';
import { connectPostgres, type DatabaseHandle } from '../../server/db/connect.ts';
import { createEventBus, BusFullError, type BusEvent, type EventBus } from '../../server/events/bus.ts';
import { streamTopic } from '../../server/events/stream-topic.ts';
import { registerErrorHandler } from '../../server/lib/error-handler.ts';
import { openSseClient } from '../support/sse-client.ts';

const nextEvent = (bus: EventBus, topic: string, timeoutMs = 5000) => new Promise<BusEvent>((resolve, reject) => {
  const t = setTimeout(() => { off(); reject(new Error(`no event on ${topic}`)); }, timeoutMs);
  const off = bus.subscribe(topic, (e) => { clearTimeout(t); off(); resolve(e); });
});

describe('event bus', () => {
  let database: TestDatabase;
  let bus: EventBus;
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    database = await testDatabase();
    bus = createEventBus(database, { maxSubscribers: 5, retentionSeconds: 60 });
    await bus.ready();
    app = Fastify();
    registerErrorHandler(app);
    app.get('/stream/:topic', async (req, reply) => {
      const { topic } = req.params as { topic: string };
      await streamTopic(bus, req, reply, {
        topic, heartbeatMs: 200,
        initial: async () => [{ event: 'state', data: { hello: topic } }],
        endAfter: (e) => (e.payload as { type?: string }).type === 'done',
      });
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await app?.close();
    await bus?.close();
    await database?.dispose();
  });

  it('delivers a published event to the topic\'s subscribers only, and not after unsubscribe', async () => {
    const got: BusEvent[] = [];
    const other: BusEvent[] = [];
    const off = bus.subscribe('t.one', (e) => got.push(e));
    const offOther = bus.subscribe('t.two', (e) => other.push(e));
    const wait = nextEvent(bus, 't.one');
    const published = await bus.publish('t.one', { type: 'progress', n: 1 });
    const e = await wait;
    expect(e).toMatchObject({ id: published.id, topic: 't.one', payload: { type: 'progress', n: 1 } });
    expect(got.map((x) => x.id)).toEqual([published.id]);
    expect(other).toEqual([]);
    off();
    offOther();
    await bus.publish('t.one', { n: 2 });
    await new Promise((r) => setTimeout(r, 200));
    expect(got).toHaveLength(1);
  });

  it('carries a payload over 8000 bytes (by id on PostgreSQL) and refuses bad topics', async () => {
    const big = { type: 'big', text: 'x'.repeat(20_000) };
    const wait = nextEvent(bus, 't.big');
    await bus.publish('t.big', big);
    expect((await wait).payload).toEqual(big);
    await expect(bus.publish('Bad Topic', {})).rejects.toThrow(/bad bus topic/);
    expect(() => bus.subscribe('', () => undefined)).toThrow(/bad bus topic/);
  });

  it('bounds the subscribers of a process', () => {
    const offs = [0, 1, 2, 3, 4].map((i) => bus.subscribe(`t.bound${i}`, () => undefined));
    expect(() => bus.subscribe('t.bound5', () => undefined)).toThrow(BusFullError);
    for (const off of offs) off();
    bus.subscribe('t.bound5', () => undefined)();
  });

  it('keeps events for resume: since(topic, id)', async () => {
    const a = await bus.publish('t.resume', { n: 1 });
    const b = await bus.publish('t.resume', { n: 2 });
    await bus.publish('t.resume-other', { n: 3 });
    const after = await bus.since('t.resume', a.id);
    expect(after.map((e) => e.id)).toEqual([b.id]);
    expect(await bus.since('t.resume', 'nonsense')).toEqual([]);
  });

  it('streams a topic as SSE over HTTP: initial state, live events, heartbeats, end; resumes after Last-Event-ID', async () => {
    const c = await openSseClient(`${base}/stream/t.sse`);
    expect(c.status).toBe(200);
    expect(c.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await c.waitFor((e) => e.event === 'state');
    const first = await bus.publish('t.sse', { type: 'progress', n: 1 });
    await c.waitFor((e) => e.id === first.id);
    // Reconnect with the last id seen: the events published in between arrive, the initial state does not.
    c.close();
    const missed = await bus.publish('t.sse', { type: 'progress', n: 2 });
    const again = await openSseClient(`${base}/stream/t.sse`, { 'last-event-id': first.id });
    await again.waitFor((e) => e.id === missed.id);
    await bus.publish('t.sse', { type: 'done' });
    await again.ended;
    expect(again.events.map((e) => e.event)).toEqual(['progress', 'done']);
  });

  it('unsubscribes when the client disconnects, and answers 503 past the bound', async () => {
    const clients = await Promise.all([0, 1, 2, 3, 4].map(() => openSseClient(`${base}/stream/t.many`)));
    await Promise.all(clients.map((c) => c.waitFor((e) => e.event === 'state')));
    const refused = await fetch(`${base}/stream/t.many`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    for (const c of clients) c.close();
    // The server notices the disconnects and frees the subscriptions.
    for (let i = 0; i < 50; i++) {
      const r = await fetch(`${base}/stream/t.many`, { signal: AbortSignal.timeout(2000) }).catch(() => undefined);
      if (r?.status === 200) { await r.body?.cancel(); break; }
      await new Promise((res) => setTimeout(res, 100));
      if (i === 49) throw new Error('subscriptions were not freed');
    }
  });
});

describe.runIf(process.env.DATABASE_URL)('event bus on the PostgreSQL server, across instances', () => {
  let database: TestDatabase;
  let second: DatabaseHandle;
  let a: EventBus;
  let b: EventBus;
  beforeAll(async () => {
    database = await testDatabase();
    second = connectPostgres(database.url!, { max: 2 });
    a = createEventBus(database);
    b = createEventBus(second);
    await Promise.all([a.ready(), b.ready()]);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await second?.close();
    await database?.dispose();
  });

  it('an event published through one connection reaches a subscriber of another, small and big', async () => {
    const small = nextEvent(b, 'x.one');
    await a.publish('x.one', { type: 'progress', n: 1 });
    expect((await small).payload).toEqual({ type: 'progress', n: 1 });
    const big = nextEvent(b, 'x.big');
    const payload = { text: 'é'.repeat(9000) };
    await a.publish('x.big', payload);
    expect((await big).payload).toEqual(payload);
    expect(a.kind).toBe('postgres');
  });
});
