import { build, defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const WORKER_SOURCE = 'virtual:sim-worker-source';

/**
 * The viewer must open from file:// (a report, or web/dist/index.html on disk), where Chromium
 * refuses module scripts and CORS-mode stylesheets: emit one classic script and plain links.
 */
function classicScripts(): Plugin {
  return {
    name: 'handoff:classic-scripts',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          .replace(/<script type="module" crossorigin src=/g, '<script defer src=')
          .replace(/<link rel="stylesheet" crossorigin href=/g, '<link rel="stylesheet" href='),
    },
  };
}

/**
 * The simulation worker's bundled code as a string module, so the page can start the worker from
 * a data: URL: no file to fetch (file:// forbids it) and no blob: URL either.
 */
function workerSource(): Plugin {
  const entry = fileURLToPath(new URL('./src/worker/sim-worker.ts', import.meta.url));
  return {
    name: 'handoff:worker-source',
    resolveId: (id) => (id === WORKER_SOURCE ? `\0${WORKER_SOURCE}` : null),
    async load(id) {
      if (id !== `\0${WORKER_SOURCE}`) return null;
      const out = await build({
        configFile: false,
        root,
        logLevel: 'warn',
        build: {
          write: false,
          minify: true,
          target: 'es2022',
          lib: { entry, formats: ['iife'], name: 'HandoffSimulationWorker' },
        },
      });
      const outputs = Array.isArray(out) ? out : [out];
      const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((c) => c.type === 'chunk');
      if (!chunk || chunk.type !== 'chunk') throw new Error('the simulation worker did not build');
      for (const file of chunk.moduleIds) if (!file.startsWith('\0')) this.addWatchFile(file);
      return `export default ${JSON.stringify(chunk.code)};`;
    },
  };
}

export default defineConfig({
  root,
  base: './',
  plugins: [workerSource(), classicScripts()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { format: 'iife', codeSplitting: false } },
  },
});
