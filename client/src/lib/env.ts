/**
 * Client settings, read once at start from Vite's build-time env and validated.
 * VITE_MAP_STYLE_URL: a MapLibre style for deployments with a tile server; unset = the offline basemap.
 */
export interface ClientEnv { mapStyleUrl: string | null }

export function parseEnv(raw: Record<string, unknown>): ClientEnv {
  const style = raw.VITE_MAP_STYLE_URL;
  if (style === undefined || style === '') return Object.freeze({ mapStyleUrl: null });
  if (typeof style !== 'string' || !/^(https?:\/\/|\/)/.test(style)) {
    throw new Error(`VITE_MAP_STYLE_URL must be an http(s) URL or an absolute path, got ${JSON.stringify(style)}`);
  }
  return Object.freeze({ mapStyleUrl: style });
}

export const env: ClientEnv = parseEnv(import.meta.env as Record<string, unknown>);
