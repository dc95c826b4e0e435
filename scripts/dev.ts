import { spawn, type ChildProcess } from 'node:child_process';

// `npm run dev`: the API (restarted on change) on PORT (default 3000) and Vite with hot reload on
// CLIENT_PORT (default 5173), which proxies /api to API_URL — by default the API this script starts, on
// whatever PORT says (it used to stay on :3000, so `PORT=3100 npm run dev` answered every call with 502).
// Ctrl+C stops both.
const apiUrl = process.env.API_URL ?? `http://localhost:${process.env.PORT ?? '3000'}`;
const children: ChildProcess[] = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', 'server/main.ts'], { stdio: 'inherit', env: { ...process.env, CLIENT_DIST: '/nonexistent' } }),
  spawn('node_modules/.bin/vite', ['--config', 'client/vite.config.ts'], { stdio: 'inherit', env: { ...process.env, API_URL: apiUrl } }),
];
const stop = () => { for (const c of children) c.kill('SIGTERM'); };
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { if (code) { stop(); process.exitCode = code; } });
