import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AUDIT_LIST, pageAudit } from '../repositories/audit.repository.ts';
import { answerPage } from '../lib/pagination.ts';
import { PageQuery } from '../../shared/schemas/pagination.ts';
import { plannerOnly } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { auditExample } from '../docs/examples.ts';

const AuditQuery = Type.Object({
  entityType: Type.Optional(Type.String({ maxLength: 40 })),
  entityId: Type.Optional(Type.String({ maxLength: 64 })),
  username: Type.Optional(Type.String({ maxLength: 64 })),
  since: Type.Optional(Type.String({ format: 'date-time' })),
  ...PageQuery,
  before: Type.Optional(Type.String({ pattern: '^[0-9]{1,15}$', description: 'events with a smaller id (the older way to page; `cursor` supersedes it)' })),
}, { additionalProperties: false });

const AuditEvent = Type.Object({
  id: Type.Integer(), at: Type.String(), username: Type.Union([Type.String(), Type.Null()]), action: Type.String(),
  entityType: Type.String(), entityId: Type.String(), before: Type.Unknown(), after: Type.Unknown(),
});

export const auditRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  app.get('/audit', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Read the audit log',
      description: 'Every write (create, update, delete, decisions, imports, sign-in/out), newest first, with the row before and after. Filter by `entityType`, `entityId`, `username`, `since`; `limit` defaults to 100 here (the log is long); `before` (events with a smaller `id`) still works next to `cursor`.',
      response: [auditExample],
    }) }, schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: Type.Array(AuditEvent) } } },
    async (req, reply) => {
      const { limit: _l, cursor: _c, before, ...rest } = req.query;
      const filter = { ...rest, before: before === undefined ? undefined : Number(before) };
      return answerPage(req, reply, AUDIT_LIST, (page) => pageAudit(deps.database.db, filter, page), 100);
    });
};
