/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    // The API runs on :3000 in development; in production it serves this app on the same origin.
    proxy: { '/api': 'http://localhost:3000' },
  },
  preview: {
    port: 4300,
    host: 'localhost',
    proxy: { '/api': 'http://localhost:3000' },
  },
  // The shared DTOs (@elderwork/contracts) use legacy TypeScript decorators (class-validator).
  // Metadata emission is off: nothing in the browser reads `design:type`.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: false } },
  plugins: [react()],
  // @elderwork/* come from tsconfig.base.json paths (Vite's own resolver; nxViteTsPaths is deprecated).
  resolve: { tsconfigPaths: true },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    commonjsOptions: {
      transformMixedEsModules: true,
    },
  },
  test: {
    name: 'web',
    watch: false,
    globals: true,
    environment: 'jsdom',
    include: ['{src,tests}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}'],
    setupFiles: ['./src/test-setup.ts'],
    reporters: ['default'],
    // Generous: a loaded 2-core CI machine renders a report page in seconds, not milliseconds.
    testTimeout: 20_000,
    coverage: {
      reportsDirectory: '../../coverage/apps/web',
      provider: 'v8' as const,
    },
  },
}));
