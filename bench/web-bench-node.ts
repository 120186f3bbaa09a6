// The Node side of `npm run bench:web`, in a fresh process: cold, as the page's worker is. It
// loads the simulation library (the worker loads its code too), reads the scenario, runs every
// model and assembles the document, and prints {"totalMs", "libraryMs"} (the share spent loading
// the library).
// Usage: node dist/bench/web-bench-node.js SCENARIO REPLICATIONS
import { readFileSync } from 'node:fs';

const [file, replications] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const started = performance.now();
const { loadScenario, runModels } = await import('../src/sim/index.js');
const libraryMs = performance.now() - started;
const loaded = loadScenario(text);
if (!loaded.ok) throw new Error(`${file} does not load`);
runModels(loaded.scenario, loaded.scenario.models, { replications: Number(replications) });
process.stdout.write(`${JSON.stringify({ totalMs: performance.now() - started, libraryMs })}\n`);
