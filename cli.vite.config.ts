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

// The command line as one CommonJS file (`npm run build:cli`, after tsc): the compiled modules of
// dist/src/cli and their dependencies joined into dist/cli/handoff.cjs, which a process (and each
// worker thread) reads and compiles from V8's code cache (src/cli/load-cli.ts) instead of opening
// hundreds of modules. Not minified: stack traces (--debug) stay readable.
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
    // The simulation library, zod, yaml and commander in one file (about 1.2 MB): fine for a local process.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      input: { handoff: 'dist/src/cli/entry.js' },
      output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
