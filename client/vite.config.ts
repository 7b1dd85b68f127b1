import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source'] },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:3000',
      '/yjs': { target: 'ws://127.0.0.1:3000', ws: true },
      '/socket.io': { target: 'ws://127.0.0.1:3000', ws: true },
    },
  },
  // tldraw alone is about 1.5 MB minified; it is its own chunk, loaded only when a canvas opens.
  build: {
    outDir: 'dist',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
    // tldraw fetches its translations: a small one inlined as a data: URL would be refused by the
    // server's CSP (connect-src 'self'), so every @tldraw/assets file stays a file of our own.
    assetsInlineLimit: (filePath) => (filePath.includes('@tldraw/assets') ? false : undefined),
  },
});
