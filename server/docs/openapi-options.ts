import type { FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import { errorCodesMarkdown } from './error-codes.ts';
import { openapiTransform } from './openapi-transform.ts';

const INTRO = [
  'The API of the NEO (noncombatant evacuation) coordination planner: registries (countries, assembly areas, airports,',
  'partners, aircraft), lift offers, scenarios and plans, exports and imports.',
  '',
  '## Authentication',
  '`POST /api/session` with `{ "username", "password" }` sets the `neo_session` cookie (HttpOnly, SameSite=Strict) and',
  'answers a `csrfToken`. Send the cookie with every call, and the token as the `x-csrf-token` header with every write',
  '(POST, PUT, PATCH, DELETE). Each operation lists its **Roles**: `planner` (the crisis cell, may write), `reader`',
  '(reads the cell\'s data), `liaison` (a partner\'s account: its own offers and tasking), `public` (no session).',
  '',
  '## Versions',
  'Registry rows and plans carry a `version`; `GET` answers it as `ETag`. A `PATCH` sends it back as `If-Match`',
  '(428 without, 409 when someone saved in between).',
  'A plan\'s `GET /api/plans/:id` (and `/summary`) answers an `ETag` of the version **and** of today\'s data the plan',
  'is judged on (`"<version>.<hash>"`): send it as `If-None-Match` for a 304 while nothing it depends on changed;',
  '`PUT` and `approve` take it as `If-Match` too, comparing its version.',
  '',
  '## Languages',
  'Answers are data, not sentences to show: an error is `{ code, message, details: [{ field, reason, code?, params? }] }`,',
  'a plan violation has a `rule` and `params`, a left-behind explanation a `reasonCode`/`remedyCode` with `reasonParams`;',
  'the English `message`/`reason` beside them is for logs. A client words the codes in its reader\'s language (the web',
  'client\'s catalogues: `client/src/i18n/locales/<lang>/`). The account\'s language and time zone are `GET/PATCH',
  '/api/preferences`; CSV exports take `?lang=en|ja` (the print page `/print?lang=` too). To add a language, add its code to',
  '`LANGUAGES` in `shared/i18n/languages.ts` and a catalogue folder (README, "Adding a language").',
  '',
].join('\n');

/** The options of @fastify/swagger: the document's introduction and error-code page, and the per-route transform. */
export const openapiOptions: FastifyDynamicSwaggerOptions = {
  openapi: {
    // 3.1: schemas are JSON Schema 2020-12, as TypeBox writes them (numeric exclusiveMinimum is invalid in 3.0).
    openapi: '3.1.0',
    info: { title: 'NEO planner API', version: '0.1.0', description: `${INTRO}\n${errorCodesMarkdown()}` },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'neo_session' } } },
    security: [{ session: [] }],
  },
  transform: openapiTransform as FastifyDynamicSwaggerOptions['transform'],
};
