import { resolve } from 'node:path'

import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import type { Plugin } from 'vite'

/**
 * Removes the CSP meta tag from index.html under `npm run dev` only. Vite's dev server injects an
 * inline React Refresh script and opens a websocket, which the production policy rejects. The
 * production build keeps the tag, and the app scheme and browser mode also send the policy as a
 * header.
 */
function devCspPlugin(): Plugin {
  return {
    name: 'codedesk:dev-csp',
    apply: 'serve',
    transformIndexHtml: (html) =>
      html.replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/, ''),
  }
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The worker scripts are entries of their own, so each lands beside index.js as its own file.
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src/main/index.ts'),
          validationWorker: resolve(
            import.meta.dirname,
            'src/storage/validation/validationWorker.ts',
          ),
          exportWorker: resolve(import.meta.dirname, 'src/storage/export/exportWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload must be a single CommonJS file that requires nothing but electron.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'src/renderer',
    plugins: [react(), devCspPlugin()],
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
})
