import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { LedgerListQuery, LedgerQuery, PartnerLedger } from '../../shared/schemas/ledger.ts';
import { ErrorBody, IdParams } from '../../shared/schemas/common.ts';
import { partnerLedger, type LedgerInput } from '../../shared/reciprocity/ledger.ts';
import { PARTNER_LIST, getPartner, pagePartners } from '../repositories/partners.repository.ts';
import { answerPage, type ListSpec } from '../lib/pagination.ts';
import { listOffers } from '../repositories/offers.repository.ts';
import { listSeatRequests } from '../repositories/seat-requests.repository.ts';
import { getPlan } from '../repositories/plans.repository.ts';
import { latestApprovedPlanId, operationIdForPlan } from '../repositories/ledger.repository.ts';
import { listOperationSorties } from '../repositories/operations.repository.ts';
import { anyRole, currentUser } from '../auth/auth.ts';
import { notFound } from '../lib/errors.ts';
import type { Db } from '../repositories/db-type.ts';
import type { SessionUser } from '../../shared/schemas/session.ts';
import type { Partner } from '../../shared/schemas/domain.ts';
import type { RouteDeps } from '../routes/index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { ledgerExample } from './examples.ts';

/** The plan to count: the one named, else the latest approved. A liaison counts approved plans only (drafts are the planners'). */
async function planFor(db: Db, user: SessionUser, planId: string | undefined): Promise<LedgerInput['plan']> {
  const id = planId ?? await latestApprovedPlanId(db);
  if (id === undefined) return null;
  const plan = await getPlan(db, id);
  if (!plan || (user.role === 'liaison' && plan.status !== 'approved')) throw notFound('Plan', id);
  return { id: plan.id, name: plan.name, status: plan.status, version: plan.version, sorties: plan.sorties };
}

/** The operation running the plan, with its sorties' states and manifests (the ledger's actual figures). */
async function operationFor(db: Db, plan: LedgerInput['plan']): Promise<LedgerInput['operation']> {
  const id = plan ? await operationIdForPlan(db, plan.id) : undefined;
  return id === undefined ? null : { id, sorties: await listOperationSorties(db, id) };
}

async function ledgers(db: Db, user: SessionUser, partners: Partner[], planId: string | undefined) {
  const [plan, offers, requests] = await Promise.all([planFor(db, user, planId), listOffers(db), listSeatRequests(db)]);
  const operation = await operationFor(db, plan);
  return partners.map((partner) => partnerLedger({ partner, offers, plan, operation, requests: requests.filter((r) => r.partnerId === partner.id) }));
}

/** The partners list's order under its own name: a partners cursor is not a ledger cursor (and the reverse). */
export const LEDGER_LIST: ListSpec = { name: 'ledger', keys: PARTNER_LIST.keys };

export const ledgerRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['reciprocity'];
  const description = 'Per partner: seats offered (its accepted offers\' capacity), used (its sorties in the plan and the Japanese they carry), given (seats its nationals asked for, were accepted, and are carried on Japan\'s lift), and, once an operation runs the plan, the actual figures from its departure manifests. Counted on `planId`, by default the latest approved plan; a liaison sees only their own partner\'s, and approved plans only.';

  app.get('/ledger', { onRequest: anyRole, config: { ...docRoute({
      summary: 'Reciprocity ledger of every partner',
      description: `${description} Paged like the partners list, in its order.`,
      roles: ['planner', 'reader', 'liaison (own partner only)'],
      response: [ledgerExample],
      errors: { 404: 'No plan has this id (or, to a liaison, it is not approved).' },
    }) }, schema: { tags, querystring: LedgerListQuery, response: { 200: Type.Array(PartnerLedger), 404: ErrorBody } } },
    async (req, reply) => {
      const user = currentUser(req);
      const f = user.role === 'liaison' ? { id: user.partnerId ?? '' } : {};
      return answerPage(req, reply, LEDGER_LIST, async (page) => {
        const partners = await pagePartners(db, f, page);
        return { ...partners, items: await ledgers(db, user, partners.items, req.query.planId) };
      });
    });

  app.get('/partners/:id/ledger', { onRequest: anyRole, config: { ...docRoute({
      summary: 'Reciprocity ledger of one partner',
      description,
      roles: ['planner', 'reader', 'liaison (own partner only)'],
      response: ledgerExample,
      errors: { 404: 'No partner has this id (or it is another partner than the liaison\'s), or no plan has `planId`.' },
    }) }, schema: { tags, params: IdParams, querystring: LedgerQuery, response: { 200: PartnerLedger, 404: ErrorBody } } },
    async (req) => {
      const user = currentUser(req);
      const partner = user.role === 'liaison' && user.partnerId !== req.params.id ? undefined : await getPartner(db, req.params.id);
      if (!partner) throw notFound('Partner', req.params.id);
      return (await ledgers(db, user, [partner], req.query.planId))[0]!;
    });
};
