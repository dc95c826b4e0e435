import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';

/** Every setting the server reads from the environment, validated once at boot. */
const EnvSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ default: '0.0.0.0' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://', allowed: 'a postgres:// or postgresql:// URL' })),
  DATA_DIR: Type.String({ default: './data' }),
  DEMO_DATA: Type.Union([Type.Literal('on'), Type.Literal('off')], { default: 'on' }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
  SESSION_TTL_HOURS: Type.Number({ exclusiveMinimum: 0, maximum: 24 * 30, default: 12 }),
  /** Set when the app is served over TLS (directly or behind a proxy): session cookies get `Secure`. */
  COOKIE_SECURE: Type.Union([Type.Literal('true'), Type.Literal('false')], { default: 'false' }),
  /**
   * Which proxies may set X-Forwarded-For: `false` (none: the client address is the socket's), `true`
   * (any: only behind a proxy that overwrites the header), a hop count, or a comma-separated list of
   * addresses/CIDRs. Trusting it blindly would let anyone pick their own address and dodge the sign-in limit.
   */
  TRUST_PROXY: Type.String({ pattern: '^(true|false|[0-9]{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$', default: 'false', allowed: 'true, false, a hop count (0–99), or addresses/CIDRs separated by commas' }),
  MATCHER_TIME_LIMIT_S: Type.Number({ exclusiveMinimum: 0, maximum: 600, default: 30 }),
  CLIENT_DIST: Type.String({ default: './client/dist' }),
  /** How long a stopping server lets in-flight requests finish before it cuts their connections. */
  SHUTDOWN_DRAIN_SECONDS: Type.Number({ minimum: 0, maximum: 300, default: 8 }),
  /** Heap limit of each plan-checking thread: a check that would grow past it fails with a 503, the server lives on. */
  DERIVATION_MAX_HEAP_MB: Type.Optional(Type.Integer({ minimum: 1, maximum: 65_536 })),
  /** A bearer token for GET /api/metrics; without it only loopback clients may read the metrics. */
  METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16, maxLength: 200, pattern: '^[\\x21-\\x7e]+$', allowed: '16 to 200 printable ASCII characters, no spaces' })),
  /**
   * Shed requests (503 + Retry-After) while the event loop's mean delay is above this many ms; 0 never (the
   * default: on a shared, loaded machine a 1 s mean delay is the machine, not this server; deployments set it).
   */
  OVERLOAD_MAX_EVENT_LOOP_DELAY_MS: Type.Integer({ minimum: 0, maximum: 60_000, default: 0 }),
  /** Shed requests while the V8 heap holds more than this many MiB; 0 never. */
  OVERLOAD_MAX_HEAP_MB: Type.Integer({ minimum: 0, maximum: 65_536, default: 0 }),
  OVERLOAD_RETRY_AFTER_S: Type.Integer({ minimum: 1, maximum: 3600, default: 10 }),
  /** `embedded`: this process solves matcher jobs (one worker thread); `off`: only `npm run worker` processes do. */
  JOB_WORKER: Type.Union([Type.Literal('embedded'), Type.Literal('off')], { default: 'embedded' }),
  MATCHER_QUEUE_LIMIT: Type.Integer({ minimum: 1, maximum: 10_000, default: 16 }),
  MATCHER_JOBS_PER_USER: Type.Integer({ minimum: 1, maximum: 1000, default: 3 }),
  /** Seconds past a run's time limit (and grace) before a job whose worker died is retried elsewhere. */
  JOB_EXPIRY_MARGIN_S: Type.Integer({ minimum: 1, maximum: 3600, default: 60 }),
  JOB_MAINTENANCE_S: Type.Integer({ minimum: 1, maximum: 600, default: 10 }),
});

export type Config = Readonly<{
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demoData: boolean;
  logLevel: string;
  sessionTtlHours: number;
  cookieSecure: boolean;
  trustProxy: boolean | string[] | ((address: string, hop: number) => boolean);
  matcherTimeLimitS: number;
  clientDist: string;
  shutdownDrainSeconds: number;
  derivationMaxHeapMb: number | undefined;
  metricsToken: string | undefined;
  overload: Readonly<{ maxEventLoopDelayMs: number; maxHeapMb: number; retryAfterS: number }>;
  jobWorker: 'embedded' | 'off';
  matcherQueueLimit: number;
  matcherJobsPerUser: number;
  jobExpiryMarginS: number;
  jobMaintenanceS: number;
}>;

function parseTrustProxy(v: string): Config['trustProxy'] {
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^[0-9]+$/.test(v)) {
    const hops = Number(v);
    // What Fastify does for a number, written out because its types only accept a function.
    return (_address, hop) => hop < hops;
  }
  return v.split(',');
}

export class ConfigError extends Error {}

/** Values never echoed in an error: a token, a URL that may hold a password. */
const SECRET = new Set(['METRICS_TOKEN', 'DATABASE_URL']);

/** What a variable accepts, in words, read from its schema (so the message and the check never disagree). */
export function allowedValues(key: string): string {
  const s = (EnvSchema.properties as unknown as Record<string, Record<string, unknown>>)[key];
  if (!s) return 'unknown setting';
  if (typeof s.allowed === 'string') return `allowed: ${s.allowed}`;
  const members = (s.anyOf as { const?: unknown }[] | undefined)?.map((m) => m.const);
  if (members?.every((m) => typeof m === 'string')) return `allowed values: ${members.join(', ')}`;
  if (s.type === 'integer' || s.type === 'number') {
    const low = s.exclusiveMinimum !== undefined ? `above ${String(s.exclusiveMinimum)}` : `from ${String(s.minimum)}`;
    return `allowed: a ${s.type === 'integer' ? 'whole ' : ''}number ${low} to ${String(s.maximum)}`;
  }
  return 'allowed: text';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(EnvSchema.properties)) {
    const v = env[key];
    if (v !== undefined && v !== '') raw[key] = v;
  }
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw));
  if (!Value.Check(EnvSchema, converted)) {
    // One line per variable (a union reports each of its members), with the value and what is allowed.
    const props = EnvSchema.properties as Record<string, TSchema>;
    const values = converted as Record<string, unknown>;
    const keys = Object.keys(props).filter((k) => values[k] !== undefined && !Value.Check(props[k]!, values[k]));
    const lines = keys.map((k) => `${k}=${SECRET.has(k) ? '(hidden)' : JSON.stringify(env[k] ?? '')}: ${allowedValues(k)}`);
    throw new ConfigError(`Invalid environment:\n  ${lines.join('\n  ')}`);
  }
  const e = converted as Static<typeof EnvSchema>;
  return Object.freeze({
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    demoData: e.DEMO_DATA === 'on',
    logLevel: e.LOG_LEVEL,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE === 'true',
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
    matcherTimeLimitS: e.MATCHER_TIME_LIMIT_S,
    clientDist: e.CLIENT_DIST,
    shutdownDrainSeconds: e.SHUTDOWN_DRAIN_SECONDS,
    derivationMaxHeapMb: e.DERIVATION_MAX_HEAP_MB,
    metricsToken: e.METRICS_TOKEN,
    overload: Object.freeze({ maxEventLoopDelayMs: e.OVERLOAD_MAX_EVENT_LOOP_DELAY_MS, maxHeapMb: e.OVERLOAD_MAX_HEAP_MB, retryAfterS: e.OVERLOAD_RETRY_AFTER_S }),
    jobWorker: e.JOB_WORKER,
    matcherQueueLimit: e.MATCHER_QUEUE_LIMIT,
    matcherJobsPerUser: e.MATCHER_JOBS_PER_USER,
    jobExpiryMarginS: e.JOB_EXPIRY_MARGIN_S,
    jobMaintenanceS: e.JOB_MAINTENANCE_S,
  });
}
