import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listAudit } from '../repositories/audit.repository.ts';
import { plannerOnly } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { auditExample } from '../docs/examples.ts';

const AuditQuery = Type.Object({
  entityType: Type.Optional(Type.String({ maxLength: 40 })),
  entityId: Type.Optional(Type.String({ maxLength: 64 })),
  username: Type.Optional(Type.String({ maxLength: 64 })),
  since: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,3}$', description: '1–1000, default 100' })),
  before: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'page: events with a smaller id' })),
}, { additionalProperties: false });

const AuditEvent = Type.Object({
  id: Type.Integer(), at: Type.String(), username: Type.Union([Type.String(), Type.Null()]), action: Type.String(),
  entityType: Type.String(), entityId: Type.String(), before: Type.Unknown(), after: Type.Unknown(),
});

export const auditRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/audit', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Read the audit log',
      description: 'Every write (create, update, delete, decisions, imports, sign-in/out), newest first, with the row before and after. Filter by `entityType`, `entityId`, `username`, `since`; page with `limit` (1–1000, default 100) and `before` (the smallest `id` of the previous page).',
      response: [auditExample],
    }) }, schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: Type.Array(AuditEvent) } } },
    async (req) => {
      const { limit, before, ...rest } = req.query;
      return listAudit(deps.database.db, {
        ...rest, limit: Math.min(Number(limit ?? 100), 1000), before: before === undefined ? undefined : Number(before),
      });
    });
};
