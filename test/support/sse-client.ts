export interface SseEvent { id?: string; event: string; data: unknown }

export interface SseClient {
  status: number;
  headers: Headers;
  /** Every event received so far. */
  events: SseEvent[];
  /** Resolves with the first event (from the start) matching `pred`; rejects after `timeoutMs`. */
  waitFor(pred: (e: SseEvent) => boolean, timeoutMs?: number): Promise<SseEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
}

/** A real HTTP server-sent-events client (fetch + a line parser), as a browser's EventSource reads the stream. */
export async function openSseClient(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const ctrl = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ctrl.signal });
  const events: SseEvent[] = [];
  const waiters = new Set<() => void>();
  const notify = () => { for (const w of [...waiters]) w(); };
  let endedResolve!: () => void;
  const ended = new Promise<void>((r) => { endedResolve = r; });
  if (res.body && res.headers.get('content-type')?.startsWith('text/event-stream')) {
    void (async () => {
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let buf = '';
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buf += value;
          let i: number;
          while ((i = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const e: SseEvent = { event: 'message', data: undefined };
            let data: string | undefined;
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) continue;
              const [k, ...rest] = line.split(': ');
              const v = rest.join(': ');
              if (k === 'id') e.id = v;
              else if (k === 'event') e.event = v;
              else if (k === 'data') data = (data === undefined ? '' : `${data}\n`) + v;
            }
            if (data === undefined) continue;
            e.data = JSON.parse(data) as unknown;
            events.push(e);
            notify();
          }
        }
      } catch { /* aborted */ }
      endedResolve();
      notify();
    })();
  } else {
    endedResolve();
  }
  return {
    status: res.status, headers: res.headers, events, ended,
    waitFor(pred, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find(pred);
          if (hit) { waiters.delete(check); clearTimeout(t); resolve(hit); }
        };
        const t = setTimeout(() => { waiters.delete(check); reject(new Error(`no matching event within ${timeoutMs} ms; got ${JSON.stringify(events).slice(0, 2000)}`)); }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => ctrl.abort(),
  };
}
