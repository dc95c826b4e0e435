import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Account, AccountCreate, AccountPatch, PasswordReset, UsernameParams } from '../../shared/schemas/accounts.ts';
import { ErrorBody } from '../../shared/schemas/common.ts';
import { getAccount, listAccounts } from '../repositories/accounts.repository.ts';
import { changeAccount, createAccount, resetPassword } from '../services/accounts.service.ts';
import { currentUser, plannerOnly } from '../auth/auth.ts';
import { notFound } from '../lib/errors.ts';
import type { RouteDeps } from './index.ts';

/**
 * Accounts, managed by planners from the running server: nothing here needs a second process on the
 * database (which the embedded one refuses). Passwords go in, never out, and never into the audit.
 */
export const accountRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['accounts'];
  const errors = { 400: ErrorBody, 404: ErrorBody, 409: ErrorBody, 422: ErrorBody };

  app.get('/users', { onRequest: plannerOnly, schema: { tags, response: { 200: Type.Array(Account) } } }, async () => listAccounts(db));

  app.get('/users/:username', { onRequest: plannerOnly, schema: { tags, params: UsernameParams, response: { 200: Account, 404: ErrorBody } } }, async (req) => {
    const a = await getAccount(db, req.params.username);
    if (!a) throw notFound('Account', req.params.username);
    return a;
  });

  app.post('/users', { onRequest: plannerOnly, schema: { tags, body: AccountCreate, response: { 201: Account, ...errors } } }, async (req, reply) => {
    const created = await createAccount(db, currentUser(req).username, req.body);
    return reply.status(201).send(created);
  });

  app.patch('/users/:username', { onRequest: plannerOnly, schema: { tags, params: UsernameParams, body: AccountPatch, response: { 200: Account, ...errors } } },
    async (req) => {
      const after = await changeAccount(db, currentUser(req).username, req.params.username, req.body);
      app.sessions.forgetUser(after.username);
      return after;
    });

  app.put('/users/:username/password', { onRequest: plannerOnly, schema: { tags, params: UsernameParams, body: PasswordReset, response: { 200: Account, ...errors } } },
    async (req) => {
      const after = await resetPassword(db, currentUser(req).username, req.params.username, req.body.password, req.sessionToken);
      app.sessions.forgetUser(after.username);
      return after;
    });
};
