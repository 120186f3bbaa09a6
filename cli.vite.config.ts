import { defineConfig, type Plugin } from 'vite';

/**
 * The bundle's worker threads start from the files its code names beside it (./worker.js,
 * ./event-log-worker.js): each is the compiled thread entry, which loads the bundle in turn.
 */
function threadEntries(): Plugin {
  const entries = { 'worker.js': 'parallel/worker.js', 'event-log-worker.js': 'events/event-log-worker.js' };
  return {
    name: 'handoff:thread-entries',
    generateBundle() {
      for (const [fileName, entry] of Object.entries(entries)) {
        this.emitFile({ type: 'asset', fileName, source: `import '../src/cli/${entry}';\n` });
      }
    },
  };
}

// The command line as a few CommonJS files (`npm run build:cli`, after tsc): the compiled modules of
// dist/src/cli and their dependencies joined into dist/cli — handoff.cjs for the process,
// threads.cjs for worker threads, a chunk per command loaded when it runs, one for the simulation
// library — which src/cli/load-cli.ts compiles from V8's code cache instead of opening hundreds of
// modules. Not minified: stack traces (--debug) stay readable.
export default defineConfig({
  logLevel: 'warn',
  plugins: [threadEntries()],
  build: {
    ssr: true,
    outDir: 'dist/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    reportCompressedSize: false,
    // The simulation library, zod and yaml in one chunk (about 0.9 MB): fine for a local process.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      input: { handoff: 'dist/src/cli/entry.js', threads: 'dist/src/cli/thread-entry.js' },
      output: { format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunk-[name].cjs' },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
