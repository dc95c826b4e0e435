// Pool-thread entry in plain JavaScript: on Node 20 a worker's `--import tsx` is not in effect when its
// entry module loads, so the TypeScript module is imported after registering tsx (as server/matcher does).
import { register } from 'tsx/esm/api';

register();
const mod = await import('./derive.worker.ts');
export default mod.default;
