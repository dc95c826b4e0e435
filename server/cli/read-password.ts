import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { Writable } from 'node:stream';

export class PasswordSourceError extends Error {}

/** The first line of a text (a password file or piped input), without its line end. */
const firstLine = (text: string) => text.split(/\r?\n/)[0] ?? '';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Asks on the terminal without echoing what is typed. */
async function prompt(question: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = rl.question(question);
  muted = true;
  try {
    return await answer;
  } finally {
    rl.close();
    process.stdout.write('\n');
  }
}

/**
 * Where `user:add` gets a password, in this order: --password-file (a path, or `-` for standard input),
 * NEO_PASSWORD, piped standard input, the terminal. Without a terminal and with nothing piped it throws
 * with what to do; a readline question on a closed input never settled and Node exited 13 in silence.
 */
export async function readPassword(opts: { passwordFile?: string | undefined; env?: string | undefined }): Promise<string> {
  if (opts.passwordFile === '-') return firstLine(await readStdin());
  if (opts.passwordFile) {
    try {
      return firstLine(readFileSync(opts.passwordFile, 'utf8'));
    } catch (err) {
      throw new PasswordSourceError(`--password-file: ${(err as Error).message}`);
    }
  }
  if (opts.env) return opts.env;
  if (process.stdin.isTTY) return prompt('password (12+ characters, not shown): ');
  const piped = firstLine(await readStdin());
  if (piped === '') {
    throw new PasswordSourceError('no password: there is no terminal to ask on and nothing came on standard input.\n' +
      '  Pipe it (printf %s "$PW" | npm run user:add -- …), or pass --password-file FILE, or set NEO_PASSWORD.');
  }
  return piped;
}
