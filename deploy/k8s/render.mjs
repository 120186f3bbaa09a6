#!/usr/bin/env node
// Writes the Kubernetes manifests of a sharded Handoff run (see deploy/k8s/README.md):
//   node deploy/k8s/render.mjs --scenario scenarios/async-with-sla.yaml --shards 4 \
//     --image registry.example.com/handoff:0.1.0 --out k8s -- sweep --set team.reviewers.count=2,3,4 -r 2000
// Everything after `--` is the command you would type on one machine, without the scenario file
// (the pods read it from a ConfigMap), --out, --json or --workers (the manifests set those).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { checkOptions, renderManifests } from './manifests.mjs';

const USAGE = `usage: node deploy/k8s/render.mjs --scenario FILE --shards N --image IMAGE --out DIR [options] -- run|compare|sweep|size|odds|pilot|sensitivity [handoff options...]
  --name NAME           prefix of every object's name (default handoff)
  --parallelism P       pods at once (default N)
  --cpus K              CPUs and worker threads of each shard (default 1)
  --memory SIZE         memory request of each pod (default 512Mi)
  --storage SIZE        size of the results volume (default 1Gi)
  --storage-class NAME  a storage class offering ReadWriteMany (default: the cluster's default)`;

function fail(message, code = 2) {
  process.stderr.write(`${message}\n${code === 2 ? `${USAGE}\n` : ''}`);
  process.exit(code);
}

function wholeNumber(text, fallback) {
  if (text === undefined) return fallback;
  return /^\d+$/.test(text) ? Number(text) : Number.NaN;
}

const dash = process.argv.indexOf('--', 2);
const own = dash < 0 ? process.argv.slice(2) : process.argv.slice(2, dash);
const command = dash < 0 ? [] : process.argv.slice(dash + 1);
let values;
try {
  ({ values } = parseArgs({
    args: own,
    options: {
      scenario: { type: 'string' },
      shards: { type: 'string' },
      image: { type: 'string' },
      out: { type: 'string' },
      name: { type: 'string', default: 'handoff' },
      parallelism: { type: 'string' },
      cpus: { type: 'string' },
      memory: { type: 'string', default: '512Mi' },
      storage: { type: 'string', default: '1Gi' },
      'storage-class': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (e) {
  fail(e.message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (!values.scenario) fail('--scenario FILE is required');
if (!values.out) fail('--out DIR is required (the folder the manifests are written to)');

let scenarioText;
try {
  scenarioText = readFileSync(values.scenario, 'utf8');
} catch (e) {
  fail(`${values.scenario}: cannot read the scenario: ${e.code ?? e.message}`, 1);
}
const shards = wholeNumber(values.shards, Number.NaN);
const options = {
  name: values.name,
  scenarioKey: basename(values.scenario),
  scenarioText,
  shards,
  parallelism: wholeNumber(values.parallelism, shards),
  cpus: wholeNumber(values.cpus, 1),
  memory: values.memory,
  storage: values.storage,
  storageClass: values['storage-class'],
  backoffLimit: 6,
  image: values.image,
  command,
};
const problems = checkOptions(options);
if (problems.length > 0) fail(problems.join('\n'));

mkdirSync(values.out, { recursive: true });
for (const [file, objects] of Object.entries(renderManifests(options))) {
  const text = objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
  writeFileSync(join(values.out, file), text);
  process.stderr.write(`wrote ${join(values.out, file)}\n`);
}
