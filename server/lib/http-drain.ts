import type { FastifyInstance } from 'fastify';
import type { Shutdown } from './shutdown.ts';

/**
 * The 'http' shutdown phase of an API process: the listener closes at once (new connections are
 * refused, requests on kept-alive ones get 503), in-flight requests finish, and whatever still runs
 * after `drainMs` has its connection cut so the process can exit within a known time.
 */
export function registerHttpDrain(shutdown: Shutdown, app: FastifyInstance, drainMs: number): void {
  shutdown.register('http', 'http-server', async () => {
    const cut = setTimeout(() => {
      app.log.warn({ drainMs }, 'requests still running after the drain time: closing their connections');
      app.server.closeAllConnections();
    }, drainMs);
    try {
      await app.close();
    } finally {
      clearTimeout(cut);
    }
  }, { timeoutMs: drainMs + 5_000 });
}
