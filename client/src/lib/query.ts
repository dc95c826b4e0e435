import { useCallback, useEffect, useSyncExternalStore } from 'react';

/**
 * A deliberately small query cache (no react-query in the dependency set): entries keyed by a JSON
 * key, shared by every component that asks, refetched on invalidate.
 */
export interface QueryOptions<T> {
  queryKey: readonly unknown[];
  queryFn: (signal: AbortSignal) => Promise<T>;
  enabled?: boolean;
}
export interface QueryState<T> {
  data: T | undefined;
  error: unknown;
  status: 'idle' | 'loading' | 'success' | 'error';
  fetching: boolean;
}

interface Entry {
  state: QueryState<unknown>;
  fn: (signal: AbortSignal) => Promise<unknown>;
  promise: Promise<void> | null;
  controller: AbortController | null;
  listeners: Set<() => void>;
}

const idle: QueryState<never> = { data: undefined, error: null, status: 'idle', fetching: false };
const cache = new Map<string, Entry>();
const hash = (key: readonly unknown[]) => JSON.stringify(key);

function entryFor(key: string, fn: Entry['fn']): Entry {
  let e = cache.get(key);
  if (!e) {
    e = { state: { ...idle }, fn, promise: null, controller: null, listeners: new Set() };
    cache.set(key, e);
  }
  e.fn = fn;
  return e;
}

function setState(e: Entry, patch: Partial<QueryState<unknown>>) {
  e.state = { ...e.state, ...patch };
  e.listeners.forEach((l) => l());
}

function run(e: Entry): Promise<void> {
  e.controller?.abort();
  const controller = new AbortController();
  e.controller = controller;
  setState(e, { fetching: true, status: e.state.status === 'success' ? 'success' : 'loading' });
  const p = e.fn(controller.signal).then(
    (data) => { if (e.controller === controller) setState(e, { data, error: null, status: 'success', fetching: false }); },
    (error: unknown) => {
      if (e.controller !== controller || (error as Error)?.name === 'AbortError') return;
      setState(e, { error, status: 'error', fetching: false });
    },
  ).finally(() => { if (e.promise === p) e.promise = null; });
  e.promise = p;
  return p;
}

export function useQuery<T>(opts: QueryOptions<T>): QueryState<T> & { refetch: () => Promise<void> } {
  const key = hash(opts.queryKey);
  const enabled = opts.enabled ?? true;
  const e = enabled ? entryFor(key, opts.queryFn as Entry['fn']) : null;
  const subscribe = useCallback((l: () => void) => {
    if (!e) return () => {};
    e.listeners.add(l);
    return () => e.listeners.delete(l);
  }, [e]);
  const state = useSyncExternalStore(subscribe, () => (e ? e.state : idle)) as QueryState<T>;
  useEffect(() => {
    if (e && e.state.status === 'idle' && !e.promise) void run(e);
  }, [e]);
  const refetch = useCallback(() => (e ? run(e) : Promise.resolve()), [e]);
  return { ...state, refetch };
}

/** Fetches now (or returns the cached data) outside React. */
export async function fetchQuery<T>(opts: QueryOptions<T>): Promise<T> {
  const e = entryFor(hash(opts.queryKey), opts.queryFn as Entry['fn']);
  if (e.state.status !== 'success') await (e.promise ?? run(e));
  if (e.state.status === 'error') throw e.state.error;
  return e.state.data as T;
}

/** Puts fresh data (e.g. a mutation's answer) into the cache. */
export function setQueryData<T>(queryKey: readonly unknown[], data: T): void {
  const e = cache.get(hash(queryKey));
  if (e) setState(e, { data, error: null, status: 'success', fetching: false });
  else cache.set(hash(queryKey), { state: { data, error: null, status: 'success', fetching: false }, fn: async () => data, promise: null, controller: null, listeners: new Set() });
}

/** Refetches every cached query whose key starts with `prefix` (and drops those nobody watches). */
export function invalidateQueries(prefix: readonly unknown[]): Promise<void[]> {
  const p = hash(prefix).slice(0, -1);
  const runs: Promise<void>[] = [];
  for (const [key, e] of cache) {
    if (!key.startsWith(p)) continue;
    if (e.listeners.size === 0) cache.delete(key);
    else runs.push(run(e));
  }
  return Promise.all(runs);
}

export function clearQueries(): void {
  for (const e of cache.values()) e.controller?.abort();
  cache.clear();
}
