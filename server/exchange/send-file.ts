import type { FastifyReply } from 'fastify';

export const MEDIA = {
  geojson: 'application/geo+json',
  kml: 'application/vnd.google-earth.kml+xml',
  csv: 'text/csv',
} as const;
export type ExportFormat = keyof typeof MEDIA;

/** An export as a download: its media type (UTF-8), a file name, never cached (it is today's data). */
export function sendFile(reply: FastifyReply, format: ExportFormat, baseName: string, body: string) {
  const safe = baseName.replace(/[^A-Za-z0-9._-]/g, '_');
  return reply
    .type(`${MEDIA[format]}; charset=utf-8`)
    .header('content-disposition', `attachment; filename="${safe}.${format}"`)
    .header('cache-control', 'no-store')
    .send(body);
}
