import type { ErrorBody } from '../../../shared/schemas/common.ts';

/** An error the API answered with ({code, message, details}), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown;
  constructor(status: number, body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code;
    this.details = body.details;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;
interface RequestOptions { query?: Query; body?: unknown; headers?: Record<string, string>; signal?: AbortSignal }

let csrfToken: string | null = null;
const unauthorizedListeners = new Set<() => void>();

/** The session's CSRF token, sent on every state-changing request. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401 (the session expired or was signed out elsewhere). */
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function url(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined && v !== null) params.set(k, String(v));
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  return (await exchange<T>(method, path, opts)).data;
}

async function exchange<T>(method: string, path: string, opts: RequestOptions): Promise<{ data: T; headers: Headers }> {
  const headers: Record<string, string> = { accept: 'application/json', ...opts.headers };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(url(path, opts.query), {
      method, headers, credentials: 'same-origin', signal: opts.signal ?? null,
      body: opts.body === undefined ? null : JSON.stringify(opts.body),
    });
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err;
    throw new ApiError(0, { code: 'network', message: 'Cannot reach the server. Check the connection and try again.' });
  }
  if (res.status === 204) return { data: undefined as T, headers: res.headers };
  const text = await res.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const body = isErrorBody(data) ? data : { code: `http_${res.status}`, message: `The server answered ${res.status} ${res.statusText}` };
    if (res.status === 401 && path !== '/session') unauthorizedListeners.forEach((l) => l());
    throw new ApiError(res.status, body);
  }
  return { data: data as T, headers: res.headers };
}

/**
 * A whole list: the server answers a list without `limit` in pages of up to 5,000 rows (shared/schemas/
 * pagination.ts), so follow `X-Next-Cursor` until the last page. Small lists are one request, as before.
 */
async function getAll<T>(path: string, opts: RequestOptions = {}): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  do {
    const page: { data: T[]; headers: Headers } = await exchange<T[]>('GET', path, { ...opts, query: { ...opts.query, ...(cursor ? { cursor } : {}) } });
    out.push(...page.data);
    cursor = page.headers.get('x-next-cursor');
  } while (cursor);
  return out;
}

function isErrorBody(x: unknown): x is ErrorBody {
  return typeof x === 'object' && x !== null && typeof (x as ErrorBody).message === 'string' && typeof (x as ErrorBody).code === 'string';
}

/** The one API client: JSON in and out, CSRF header on writes, errors as ApiError. */
export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, opts),
  /** Every row of a paged list endpoint (all its pages). */
  getAll,
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) => request<T>('POST', path, { ...opts, body: body ?? {} }),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PATCH', path, { ...opts, body }),
  delete: <T>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
};

/** Words for any error, for the page. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiError) return err.message;
  if (err instanceof Error) return err.message;
  return String(err);
}
