import type { Plugin } from 'vite';

/**
 * The @fontsource faces list a .woff fallback beside each .woff2 subset. Every browser the planner supports
 * reads woff2, so the fallbacks only made the CSS (which is on the first page) longer and put ~500 unused
 * files in the build: this drops them from the CSS, and so from the bundle.
 */
export function woff2Only(): Plugin {
  return {
    name: 'neo-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].+\.css($|\?)/.test(id)) return null;
      return { code: code.replace(/,\s*url\([^)]+\.woff\)\s*format\('woff'\)/g, ''), map: null };
    },
  };
}
