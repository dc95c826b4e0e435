import type { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { isIsoInstant } from '../../shared/time/iso-instant.ts';

/**
 * Ajv's formats, with `date-time` meaning a real instant (shared/time/iso-instant.ts), as TypeBox has it in
 * shared/schemas/common.ts. Named like ajv-formats' own plugin so Fastify does not add the stock one after it.
 */
export function formatsPlugin(ajv: Ajv): Ajv {
  addFormats(ajv);
  ajv.addFormat('date-time', { type: 'string', validate: isIsoInstant });
  return ajv;
}
