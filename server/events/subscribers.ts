import type { BusEvent } from './bus.ts';

export type BusListener = (event: BusEvent) => void;

/** Too many listeners in this process (SSE clients): the route answers 503 with Retry-After. */
export class BusFullError extends Error {
  constructor(readonly limit: number) { super(`the event bus already has ${limit} subscribers in this process`); }
}

const TOPIC = /^[a-z0-9][a-z0-9._:-]{0,127}$/;

/** Topics are names the code builds (`jobs.<id>`), never raw client input: a bad one is a bug. */
export function checkTopic(topic: string): void {
  if (!TOPIC.test(topic)) throw new Error(`bad bus topic ${JSON.stringify(topic)}`);
}

/** The listeners of this process by topic, bounded in total; one listener that throws does not stop the others. */
export class Subscribers {
  private readonly byTopic = new Map<string, Set<BusListener>>();
  private count = 0;
  constructor(private readonly max: number) {}

  has(topic: string): boolean { return this.byTopic.has(topic); }
  get size(): number { return this.count; }

  add(topic: string, listener: BusListener): () => void {
    checkTopic(topic);
    if (this.count >= this.max) throw new BusFullError(this.max);
    // Wrapped, so the same function subscribed twice is two subscriptions.
    const entry: BusListener = (e) => listener(e);
    let set = this.byTopic.get(topic);
    if (!set) this.byTopic.set(topic, (set = new Set()));
    set.add(entry);
    this.count++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const s = this.byTopic.get(topic);
      if (s?.delete(entry)) this.count--;
      if (s?.size === 0) this.byTopic.delete(topic);
    };
  }

  dispatch(e: BusEvent): void {
    for (const l of [...(this.byTopic.get(e.topic) ?? [])]) {
      try { l(e); } catch { /* a listener's failure is its own */ }
    }
  }

  clear(): void { this.byTopic.clear(); this.count = 0; }
}
