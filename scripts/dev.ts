import { spawn, type ChildProcess } from 'node:child_process';

// `npm run dev`: the API (restarted on change) on :3000 and Vite with hot reload on :5173, which
// proxies /api to the API. Ctrl+C stops both.
const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], { stdio: 'inherit', env: { ...process.env, CLIENT_DIST: '/nonexistent' } }),
  spawn('node_modules/.bin/vite', ['--config', 'client/vite.config.ts'], { stdio: 'inherit' }),
];
const stop = () => { for (const c of children) c.kill('SIGTERM'); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { if (code) { stop(); process.exitCode = code; } });
