import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorBody } from '../../shared/schemas/common.ts';
import { Preferences, PreferencesPatch } from '../../shared/i18n/languages.ts';
import { getPreferences, setPreferences } from '../repositories/preferences.repository.ts';
import { currentUser } from '../auth/auth.ts';
import { docRoute } from '../docs/route-doc.ts';
import type { RouteDeps } from './index.ts';

const everyRole = ['planner (own account)', 'liaison (own account)', 'reader (own account)'] as const;

/** The signed-in account's own settings (interface language, the zone times are shown in): every role may read and set its own. */
export const preferenceRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app, { deps }) => {
  const { db } = deps.database;
  const tags = ['session'];

  app.get('/session/preferences', {
    config: docRoute({
      summary: 'Your preferences',
      description: 'The interface language and time zone stored with your account. `language: null` means not chosen (the client then shows English to liaisons and the browser\'s language to the other roles); a language the client no longer has reads as `null`. `timeZone` is `utc`, `jst` or `local` (the theatre\'s own zone: KST for South Korea, Taiwan time); `null` means the language\'s default (English UTC, Japanese JST).',
      roles: everyRole,
      response: { language: 'ja', timeZone: 'local' },
    }),
    schema: { tags, response: { 200: Preferences, 401: ErrorBody } },
  }, async (req) => getPreferences(db, currentUser(req).username));

  app.patch('/session/preferences', {
    config: docRoute({
      summary: 'Change your preferences',
      description: 'Sets your own account\'s preferences; only the fields sent change (at least one). `language`: one of the languages the client has catalogues for (`en`, `ja`), or `null` to follow the browser — to add a language, see the README (Languages). `timeZone`: `utc`, `jst`, `local` (the theatre\'s zone), or `null` for the language\'s default.',
      roles: everyRole,
      request: { timeZone: 'jst' },
      response: { language: 'ja', timeZone: 'jst' },
    }),
    schema: { tags, body: PreferencesPatch, response: { 200: Preferences, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody } },
  }, async (req) => setPreferences(db, currentUser(req).username, req.body));
};
