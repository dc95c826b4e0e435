import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUseError, LOCK_FILE, lockDataDir } from '../../server/db/data-dir-lock.ts';

const dir = () => mkdtempSync(path.join(tmpdir(), 'neo-lock-'));
const lockOf = (d: string) => JSON.parse(readFileSync(path.join(d, LOCK_FILE), 'utf8')) as { pid: number; host: string; since: string; command: string; startTicks: string | null };
const write = (d: string, o: object) => writeFileSync(path.join(d, LOCK_FILE), JSON.stringify(o));
/** A pid that certainly no longer runs: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', 'process.pid'], { stdio: 'ignore' }).pid!;
const startTicks = (pid: number) => { const s = readFileSync(`/proc/${pid}/stat`, 'utf8'); return s.slice(s.lastIndexOf(')') + 2).split(' ')[19]!; };

describe('the data-directory lock', () => {
  it('names this process as owner, refuses a second lock (also in-process) and is released on release()', () => {
    const d = dir();
    const lock = lockDataDir(d, 'node server/main.ts');
    expect(lockOf(d)).toMatchObject({ pid: process.pid, host: hostname(), command: 'node server/main.ts' });
    let err: unknown;
    try { lockDataDir(d); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(DataDirInUseError);
    expect((err as Error).message).toContain(`process ${process.pid} on host ${hostname()}`);
    expect((err as Error).message).toContain('node server/main.ts');
    expect((err as Error).message).toMatch(/stop that process/);
    expect((err as Error).message).toMatch(/DATABASE_URL/);
    lock.release();
    expect(existsSync(path.join(d, LOCK_FILE))).toBe(false);
    lockDataDir(d).release();
  });

  it('refuses while the owner is alive (another live process: our parent)', () => {
    const d = dir();
    const owner = { pid: process.ppid, host: hostname(), since: '2026-12-01T10:00:00.000Z', command: 'node server/main.ts', startTicks: startTicks(process.ppid) };
    write(d, owner);
    expect(() => lockDataDir(d)).toThrow(new RegExp(`in use by process ${process.ppid} on host ${hostname()}, since 2026-12-01T10:00:00.000Z \\(node server/main.ts\\)`));
    expect(lockOf(d)).toEqual(owner); // untouched
  });

  it('takes over the lock of a process that died', () => {
    const d = dir();
    write(d, { pid: deadPid(), host: hostname(), since: '2026-12-01T10:00:00.000Z', command: 'node server/main.ts', startTicks: '1' });
    const lock = lockDataDir(d);
    expect(lockOf(d).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a lock whose pid now belongs to another program (start time differs)', () => {
    const d = dir();
    write(d, { pid: process.ppid, host: hostname(), since: '2026-12-01T10:00:00.000Z', command: 'node server/main.ts', startTicks: '1' });
    const lock = lockDataDir(d);
    expect(lockOf(d).pid).toBe(process.pid);
    lock.release();
  });

  it('never takes over a lock from another host, and says how to clear it', () => {
    const d = dir();
    write(d, { pid: 1, host: 'elsewhere.example', since: '2026-12-01T10:00:00.000Z', command: 'node server/main.ts', startTicks: null });
    expect(() => lockDataDir(d)).toThrow(/taken on another host; if that host no longer runs the planner, delete .*neo-owner\.lock/);
  });

  it('release() leaves a lock that is no longer ours alone', () => {
    const d = dir();
    const lock = lockDataDir(d);
    const other = { pid: process.ppid, host: hostname(), since: '2026-12-01T11:00:00.000Z', command: 'x', startTicks: startTicks(process.ppid) };
    write(d, other);
    lock.release();
    expect(lockOf(d)).toEqual(other);
  });
});
