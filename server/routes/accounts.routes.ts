import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Account, AccountCreate, AccountPatch, PasswordReset, UsernameParams } from '../../shared/schemas/accounts.ts';
import { ErrorBody } from '../../shared/schemas/common.ts';
import { ACCOUNT_LIST, getAccount, pageAccounts } from '../repositories/accounts.repository.ts';
import { answerPage } from '../lib/pagination.ts';
import { PageQuery } from '../../shared/schemas/pagination.ts';
import { changeAccount, createAccount, resetPassword } from '../services/accounts.service.ts';
import { currentUser, plannerOnly } from '../auth/auth.ts';
import { notFound } from '../lib/errors.ts';
import type { RouteDeps } from './index.ts';
import { docRoute } from '../docs/route-doc.ts';
import { accountExample } from '../docs/examples.ts';

/**
 * Accounts, managed by planners from the running server: nothing here needs a second process on the
 * database (which the embedded one refuses). Passwords go in, never out, and never into the audit.
 */
export const accountRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['accounts'];
  const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

  app.get('/users', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'List accounts',
      description: 'Every account with its role, partner (liaisons), whether it is disabled and when its password was last changed. Never the password hashes.',
      response: [accountExample],
    }) }, schema: { tags, querystring: Type.Object(PageQuery, { additionalProperties: false }), response: { 200: Type.Array(Account) } } },
    async (req, reply) => answerPage(req, reply, ACCOUNT_LIST, (page) => pageAccounts(db, page)));

  app.get('/users/:username', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Read one account',
      description: 'One account by username.',
      response: accountExample,
      errors: { 404: 'No account has this username.' },
    }) }, schema: { tags, params: UsernameParams, response: { 200: Account, 404: ErrorBody } } }, async (req) => {
    const a = await getAccount(db, req.params.username);
    if (!a) throw notFound('Account', req.params.username);
    return a;
  });

  app.post('/users', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Create an account',
      description: 'A new planner, reader or liaison account; a liaison needs the `partnerId` of its partner (refused for the other roles). Audited.',
      request: { username: 'liaison-raf', password: 'a-long-password-1', role: 'liaison', partnerId: 'gb-raf' },
      response: accountExample,
      errors: { 400: 'No partner has this partnerId, or a partnerId was given for a planner or reader (or missing for a liaison).', 409: 'An account with this username exists.' },
    }) }, schema: { tags, body: AccountCreate, response: { 201: Account, ...errors } } }, async (req, reply) => {
    const created = await createAccount(db, currentUser(req).username, req.body);
    return reply.status(201).send(created);
  });

  app.patch('/users/:username', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Change an account\'s role, partner or disabled flag',
      description: 'Changes the role, partner or `disabled` of an account; disabling or demoting one ends its sessions on every server at once. A planner cannot demote or disable the last enabled planner. Audited.',
      request: { disabled: true },
      response: { ...accountExample, disabled: true },
      errors: { 404: 'No account has this username.', 409: 'It would leave no enabled planner.', 422: 'The change is not allowed for this account (e.g. a planner\'s own role).' },
    }) }, schema: { tags, params: UsernameParams, body: AccountPatch, response: { 200: Account, ...errors } } },
    async (req) => {
      return changeAccount(db, currentUser(req).username, req.params.username, req.body);
    });

  app.put('/users/:username/password', { onRequest: plannerOnly, config: { ...docRoute({
      summary: 'Set an account\'s password',
      description: 'Sets a new password (at least 12 characters) and ends the account\'s other sessions. Audited (without the password).',
      request: { password: 'a-new-long-password' },
      response: { ...accountExample, passwordChangedAt: '2027-04-01T06:00:00.000Z' },
      errors: { 404: 'No account has this username.' },
    }) }, schema: { tags, params: UsernameParams, body: PasswordReset, response: { 200: Account, ...errors } } },
    async (req) => {
      return resetPassword(db, currentUser(req).username, req.params.username, req.body.password, req.sessionToken);
    });
};
