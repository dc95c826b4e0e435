// Worker bootstrap in plain JavaScript: on Node 20 a worker's `--import tsx` is not in effect when its
// entry module loads, so the TypeScript entry is imported after registering tsx (as server/matcher does).
import { register } from 'tsx/esm/api';

register();
await import('./pglite.worker.ts');
