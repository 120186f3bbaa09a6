import { defineConfig } from 'vite';

// The command line as a handful of files (`npm run build:cli`, after tsc): the compiled modules of
// dist/src/cli and their dependencies joined into dist/cli, so that a process (and each worker
// thread) opens a few files instead of hundreds. dist/src/cli/bin.js loads it when it is newer
// than the compiled modules; chunks sit beside the worker entries, which they find by name.
export default defineConfig({
  logLevel: 'warn',
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    // One chunk holds the simulation library, zod and yaml (about 1 MB): fine for a local process.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      input: {
        handoff: 'dist/src/cli/entry.js',
        worker: 'dist/src/cli/parallel/worker.js',
        'event-log-worker': 'dist/src/cli/events/event-log-worker.js',
      },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunk-[name].js' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
