import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Health, Ready } from '../../shared/schemas/api.ts';
import { ErrorBody, ErrorCode } from '../../shared/schemas/common.ts';
import { docRoute } from '../docs/route-doc.ts';
import type { RouteDeps } from './index.ts';

/** How long /api/ready waits for the database before it says the server is not ready. */
const READY_TIMEOUT_MS = 2_000;

export const healthRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const tags = ['system'];
  // Liveness: the process answers. It never waits on the database — on PGlite a long save holds the one
  // session, and a liveness probe queued behind it would get a healthy server restarted.
  app.get('/health', {
    config: {
      public: true,
      ...docRoute({
        summary: 'Liveness',
        description: 'Answers while the process runs and its event loop turns; does not touch the database (that is `GET /api/ready`). For a liveness probe.',
        roles: ['public'],
        response: { status: 'ok', database: 'pglite' },
      }),
    },
    schema: { tags, response: { 200: Health } },
  }, async () => ({ status: 'ok' as const, database: deps.database.kind }));

  // Readiness: the database answers a query within READY_TIMEOUT_MS.
  app.get('/ready', {
    config: {
      public: true,
      ...docRoute({
        summary: 'Readiness',
        description: 'Answers 200 once the database answers a query; 503 when it does not within 2 s. For a readiness probe or a load balancer.',
        roles: ['public'],
        response: { status: 'ready', database: 'postgres' },
        errors: { 503: [{ code: ErrorCode.notReady, when: 'the database did not answer within 2 s, or is unreachable' }] },
      }),
    },
    schema: { tags, response: { 200: Ready, 503: ErrorBody } },
  }, async (_req, reply) => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => { timer = setTimeout(() => r('late'), READY_TIMEOUT_MS); });
    try {
      const answer = await Promise.race([sql`select 1`.execute(deps.database.db).then(() => 'ok' as const), late]);
      if (answer === 'late') return reply.status(503).send({ code: ErrorCode.notReady, message: `The database did not answer within ${READY_TIMEOUT_MS} ms` });
      return { status: 'ready' as const, database: deps.database.kind };
    } catch (err) {
      return reply.status(503).send({ code: ErrorCode.notReady, message: `The database is not reachable: ${err instanceof Error ? err.message : String(err)}` });
    } finally {
      clearTimeout(timer);
    }
  });
};
