import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

const message = (env: Record<string, string>) => {
  try { loadConfig(env); } catch (e) { if (e instanceof ConfigError) return e.message; throw e; }
  return null;
};

/** A bad setting is named once, with its value and what is allowed, read from the schema that checks it. */
describe('configuration errors', () => {
  it('names each variable once with its value and the allowed values', () => {
    expect(message({ DEMO_DATA: 'maybe', LOG_LEVEL: 'loud', PORT: 'x' })).toBe([
      'Invalid environment:',
      '  PORT="x": allowed: a whole number from 0 to 65535',
      '  DEMO_DATA="maybe": allowed values: on, off',
      '  LOG_LEVEL="loud": allowed values: fatal, error, warn, info, debug, trace, silent',
    ].join('\n'));
    expect(message({ TRUST_PROXY: 'a b' })).toMatch(/TRUST_PROXY="a b": allowed: true, false, a hop count/);
    expect(message({ SESSION_TTL_HOURS: '0' })).toMatch(/SESSION_TTL_HOURS="0": allowed: a number above 0 to 720$/);
    expect(message({ DEMO_DATA: 'off' })).toBeNull();
  });

  it('never echoes a secret', () => {
    const m = message({ METRICS_TOKEN: 'short secret', DATABASE_URL: 'mysql://u:pw@h/db' })!;
    expect(m).toContain('METRICS_TOKEN=(hidden)');
    expect(m).toContain('DATABASE_URL=(hidden): allowed: a postgres:// or postgresql:// URL');
    expect(m).not.toMatch(/short secret|pw@/);
  });

  it('stops `npm start` before the client is built', () => {
    let out = '';
    try {
      execFileSync('npm', ['start', '--silent'], { env: { ...process.env, DEMO_DATA: 'maybe' }, encoding: 'utf8', stdio: 'pipe', timeout: 60_000 });
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string };
      expect(err.status).toBe(2);
      out = err.stderr + err.stdout;
    }
    expect(out).toContain('NEO planner did not start (nothing was built)');
    expect(out).toContain('DEMO_DATA="maybe": allowed values: on, off');
    expect(out).not.toMatch(/vite|building/i);
  }, 90_000);
});
