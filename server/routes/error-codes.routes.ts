import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ERROR_CODES } from '../docs/error-codes.ts';
import { docRoute } from '../docs/route-doc.ts';
import type { RouteDeps } from './index.ts';

const ErrorCodeList = Type.Array(Type.Object({ code: Type.String(), statuses: Type.Array(Type.Integer()), meaning: Type.String() }));

export const errorCodeRoutes: FastifyPluginAsyncTypebox<RouteDeps> = async (app) => {
  app.get('/error-codes', {
    config: {
      public: true,
      ...docRoute({
        summary: 'List every error code',
        description: 'Every `code` an error answer of this API can carry, with its HTTP statuses and meaning: the table of the **Errors** section above, as data.',
        response: [{ code: 'not_found', statuses: [404], meaning: ERROR_CODES.not_found.meaning }],
      }),
    },
    schema: { tags: ['system'], response: { 200: ErrorCodeList } },
  }, async () => Object.entries(ERROR_CODES).map(([code, e]) => ({ code, statuses: e.statuses, meaning: e.meaning })));
};
