import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '../../shared/schemas/common.ts';
import { Preferences, PreferencesPatch } from '../../shared/i18n/languages.ts';
import { getPreferences, setPreferences } from '../repositories/preferences.repository.ts';
import { currentUser } from '../auth/auth.ts';
import { docRoute } from '../docs/route-doc.ts';
import type { RouteDeps } from './index.ts';

const everyRole = ['planner (own account)', 'liaison (own account)', 'reader (own account)'] as const;

/** The signed-in account's own settings (today the interface language): every role may read and set its own. */
export const preferenceRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['session'];

  app.get('/session/preferences', {
    config: docRoute({
      summary: 'Your preferences',
      description: 'The interface language stored with your account; `null` means not chosen (the client then shows English to liaisons and the browser\'s language to the other roles). A language the client no longer has reads as `null`.',
      roles: everyRole,
      response: { language: 'ja' },
    }),
    schema: { tags, response: { 200: Preferences, 401: ErrorBody } },
  }, async (req) => getPreferences(db, currentUser(req).username));

  app.patch('/session/preferences', {
    config: docRoute({
      summary: 'Change your preferences',
      description: 'Sets the interface language of your own account: one of the languages the client has catalogues for (`en`, `ja`), or `null` to follow the browser. To add a language, see the README (Languages).',
      roles: everyRole,
      request: { language: 'ja' },
      response: { language: 'ja' },
    }),
    schema: { tags, body: PreferencesPatch, response: { 200: Preferences, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody } },
  }, async (req) => setPreferences(db, currentUser(req).username, { language: req.body.language }));
};
