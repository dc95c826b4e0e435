import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { offlineBasemap } from './basemap-plugin.ts';
import { woff2Only } from './font-plugin.ts';

// import.meta.dirname (Node ≥ 20.11): client/ code may not import node: modules, and this file is linted with it.
const root = import.meta.dirname;

// Root is client/; the server serves client/dist. In dev, /api goes to the API server on :3000.
export default defineConfig({
  root,
  plugins: [react(), offlineBasemap(), woff2Only()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    sourcemap: false,
  },
  server: {
    port: Number(process.env.CLIENT_PORT ?? 5173),
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000' } },
  },
});
