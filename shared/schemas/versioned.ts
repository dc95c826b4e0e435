import { Type, type Static } from 'typebox';
import { Version } from './common.ts';
import { Airport, AssemblyArea } from './domain.ts';

/**
 * Registry records edited by several planners at once carry a version: every read returns it (and as
 * an `ETag`), every PATCH must send it back in `If-Match`. A stale one is a 409 naming the current
 * version; a PATCH without `If-Match` is a 428, so no client can overwrite a change it never saw.
 * The pure core keeps working on the plain domain types; these are what the API sends.
 */
export const AirportRecord = Type.Object({ ...Airport.properties, version: Version });
export type AirportRecord = Static<typeof AirportRecord>;
export const AssemblyAreaRecord = Type.Object({ ...AssemblyArea.properties, version: Version });
export type AssemblyAreaRecord = Static<typeof AssemblyAreaRecord>;

const IF_MATCH = '^(W/)?"?[0-9]{1,9}"?$';

/** PATCH: `If-Match` is checked in the handler (missing → 428, not a 400), its form here. */
export const VersionedWriteHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ pattern: IF_MATCH, description: 'the version you read (its ETag); required on PATCH: 428 without it, 409 when stale' })),
});
