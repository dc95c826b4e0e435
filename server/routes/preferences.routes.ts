import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '../../shared/schemas/common.ts';
import { Preferences, PreferencesPatch } from '../../shared/i18n/languages.ts';
import { getPreferences, setPreferences } from '../repositories/preferences.repository.ts';
import { currentUser } from '../auth/auth.ts';
import type { RouteDeps } from './index.ts';

/** The signed-in account's own settings (today the interface language): every role may read and set its own. */
export const preferenceRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['session'];

  app.get('/session/preferences', {
    schema: {
      tags, summary: 'Your preferences',
      description: 'The interface language stored with your account; `null` means not chosen (the client then uses English for liaisons and the browser language for the other roles).',
      response: { 200: Preferences, 401: ErrorBody },
    },
  }, async (req) => getPreferences(db, currentUser(req).username));

  app.patch('/session/preferences', {
    schema: {
      tags, summary: 'Change your preferences',
      description: 'Sets the interface language of your account (`en`, `ja`, or `null` to follow the browser). Any role; only your own account. Needs the x-csrf-token header.',
      body: PreferencesPatch,
      response: { 200: Preferences, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
    },
  }, async (req) => setPreferences(db, currentUser(req).username, { language: req.body.language }));
};
