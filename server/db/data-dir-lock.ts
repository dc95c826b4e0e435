import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/**
 * The embedded database has exactly one owner process. PGlite itself takes no lock: two processes on one
 * data directory both start and corrupt it (49 of 300 acknowledged writes lost, 5 indexes broken). So the
 * owner creates `neo-owner.lock` in the directory with O_EXCL, keeps it for its lifetime and removes it
 * on close and on exit. A lock left by a process that died (SIGKILL, power loss) is taken over when its
 * pid is gone, or now belongs to another program (the start time in /proc differs): that check needs
 * no timer, so a busy event loop never loses its lock, unlike an mtime-refreshed lock file.
 */
export const LOCK_FILE = 'neo-owner.lock';

export interface LockOwner { pid: number; host: string; since: string; command: string; startTicks: string | null }

export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError';
  constructor(readonly dataDir: string, readonly owner: LockOwner | null) {
    super(inUseMessage(dataDir, owner));
  }
}

export interface DataDirLock { file: string; owner: LockOwner; release(): void }

function inUseMessage(dataDir: string, o: LockOwner | null): string {
  const who = o
    ? `process ${o.pid} on host ${o.host}, since ${o.since} (${o.command})`
    : 'another process (its lock file is being written or cannot be read)';
  return [
    `The embedded database in ${dataDir} is in use by ${who}.`,
    'Only one process may open it at a time; a second one would corrupt it. Either:',
    '  - stop that process first (then run this again), or',
    '  - set DATABASE_URL to a PostgreSQL server, which any number of processes may share, or',
    '  - do it through the running server: accounts and CSV import are on its Accounts and Import pages (or /api/users, /api/imports).',
    o && o.host !== hostname()
      ? `The lock was taken on another host; if that host no longer runs the planner, delete ${path.join(dataDir, LOCK_FILE)}.`
      : '',
  ].filter(Boolean).join('\n');
}

/** Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot (Linux only). */
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function alive(o: LockOwner): boolean {
  if (o.pid === process.pid) return false; // our own pid, but we hold no lock: a previous life of this pid (a container restart)
  try {
    process.kill(o.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false;
    // EPERM: the pid exists but belongs to another user; fall through to the start-time check.
  }
  const now = startTicks(o.pid);
  // A pid reused by another program since the lock was taken is not the owner.
  return !(o.startTicks && now && now !== o.startTicks);
}

function readOwner(file: string): LockOwner | null | 'missing' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
  try {
    const o = JSON.parse(text) as LockOwner;
    return typeof o.pid === 'number' && typeof o.host === 'string' ? o : null;
  } catch {
    return null; // being written at this instant, or damaged
  }
}

function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

const unlinkQuiet = (file: string) => {
  try { unlinkSync(file); } catch { /* already gone */ }
};

/**
 * Only one process at a time may replace a stale lock: without this guard two starters that both saw the
 * dead owner could each remove the file, and the second would delete the first one's fresh lock.
 */
function takeOver(file: string, stillStale: (now: LockOwner | null) => boolean, content: string): boolean {
  const guard = `${file}.takeover`;
  try {
    // A guard left by a process that died during the few microseconds of a takeover.
    if (Date.now() - statSync(guard).mtimeMs > 10_000) unlinkQuiet(guard);
  } catch { /* no guard */ }
  if (!createExclusive(guard, String(process.pid))) return false;
  try {
    const now = readOwner(file);
    if (now !== 'missing' && !stillStale(now)) return false;
    unlinkQuiet(file);
    return createExclusive(file, content);
  } finally {
    unlinkQuiet(guard);
  }
}

/** Lock files this process holds: a second open in the same process is refused too, not taken over. */
const heldHere = new Set<string>();

const defaultCommand = () => ['node', ...process.argv.slice(1).map((a) => (path.isAbsolute(a) ? path.relative(process.cwd(), a) : a))].join(' ');

/** Takes the directory's lock or throws DataDirInUseError naming its owner. */
export function lockDataDir(dataDir: string, command = defaultCommand()): DataDirLock {
  const file = path.resolve(dataDir, LOCK_FILE);
  if (heldHere.has(file)) throw new DataDirInUseError(dataDir, (() => { const o = readOwner(file); return o === 'missing' ? null : o; })());
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString(), command, startTicks: startTicks(process.pid) };
  const content = `${JSON.stringify(owner)}\n`;
  for (let attempt = 0; attempt < 5; attempt++) {
    if (createExclusive(file, content)) return held(file, owner);
    const current = readOwner(file);
    if (current === 'missing') continue; // released just now: try again
    if (current === null) {
      // Unreadable: a starter between open and write, or a damaged file. Wait a moment before judging it.
      if (attempt < 2) { sleepSync(50); continue; }
      if (Date.now() - statMtime(file) < 5_000) throw new DataDirInUseError(dataDir, null);
      if (takeOver(file, (now) => now === null, content)) return held(file, owner);
      continue;
    }
    if (current.host === hostname() && !alive(current)) {
      const same = (now: LockOwner | null) => now !== null && now.pid === current.pid && now.since === current.since;
      if (takeOver(file, same, content)) return held(file, owner);
      continue;
    }
    throw new DataDirInUseError(dataDir, current);
  }
  throw new DataDirInUseError(dataDir, (() => { const o = readOwner(file); return o === 'missing' ? null : o; })());
}

function statMtime(file: string): number {
  try { return statSync(file).mtimeMs; } catch { return 0; }
}

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function held(file: string, owner: LockOwner): DataDirLock {
  let released = false;
  heldHere.add(file);
  const release = () => {
    if (released) return;
    released = true;
    heldHere.delete(file);
    process.off('exit', release);
    // Remove it only while it is still ours: never another process's lock.
    const now = readOwner(file);
    if (now !== 'missing' && now !== null && now.pid === owner.pid && now.since === owner.since) unlinkQuiet(file);
  };
  // Also on process.exit() and an uncaught error; a SIGKILL leaves the file, which the next start takes over.
  process.on('exit', release);
  return { file, owner, release };
}
