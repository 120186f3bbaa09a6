import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { PersistentVolumeClaim } from 'kubernetes-models/v1/PersistentVolumeClaim';
import { Pod } from 'kubernetes-models/v1/Pod';
import { escapeExpansion, INDEX_ANNOTATION } from '../../deploy/k8s/manifests.mjs';
import { checkDocumentInvariants } from '../../src/sim/index.js';
import { tempDir } from '../support/cli.js';
import { containerArgv, containerEnv, expandKube, type KubeContainer } from '../support/kube-pod.js';

const ROOT = resolve(import.meta.dirname, '../..');
const README = join(ROOT, 'deploy/k8s/README.md');
const DOCKERFILE = join(ROOT, 'deploy/k8s/Dockerfile');
const tmp = tempDir('k8s');
mkdirSync(join(ROOT, 'test/artifacts'), { recursive: true });

// A manifest is a loosely typed tree here: the schemas below are what check its shape.
type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Rendered = Record<string, Manifest[]>;

/** The render command of deploy/k8s/README.md, as words (it has no quotes, so whitespace splits it). */
function documentedRender(): string[] {
  const line = readFileSync(README, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('node deploy/k8s/render.mjs '));
  if (!line) throw new Error('deploy/k8s/README.md shows no `node deploy/k8s/render.mjs ...` command');
  return line.trim().split(/\s+/).slice(1);
}

/** The same words with the value of `option` (before `--` if `beforeDash`, else after) replaced. */
function withOption(words: string[], option: string, value: string, beforeDash: boolean): string[] {
  const dash = words.indexOf('--');
  const at = words.findIndex((w, i) => w === option && (beforeDash ? i < dash : i > dash));
  if (at < 0) throw new Error(`the documented command has no ${option}`);
  return words.map((w, i) => (i === at + 1 ? value : w));
}

/** Runs render.mjs with `words` (its path first), writing into a fresh folder; returns every file's objects. */
function render(words: string[]): Rendered {
  const out = mkdtempSync(join(tmp, 'manifests-'));
  const r = spawnSync(process.execPath, withOption(words, '--out', out, true), { cwd: ROOT, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const files: Rendered = {};
  for (const file of ['setup.yaml', 'shards.yaml', 'merge.yaml', 'reader.yaml']) {
    files[file] = parseAllDocuments(readFileSync(join(out, file), 'utf8')).map((d) => {
      expect(d.errors).toEqual([]);
      return d.toJS() as Manifest;
    });
  }
  return files;
}

const MODELS: Record<string, { model: new (data: never) => { validate(): void }; type: string; from: string }> = {
  'batch/v1 Job': { model: Job as never, type: 'IJob', from: 'kubernetes-models/batch/v1/Job' },
  'v1 Pod': { model: Pod as never, type: 'IPod', from: 'kubernetes-models/v1/Pod' },
  'v1 ConfigMap': { model: ConfigMap as never, type: 'IConfigMap', from: 'kubernetes-models/v1/ConfigMap' },
  'v1 PersistentVolumeClaim': { model: PersistentVolumeClaim as never, type: 'IPersistentVolumeClaim', from: 'kubernetes-models/v1/PersistentVolumeClaim' },
};

function kindOf(m: Manifest) {
  const entry = MODELS[`${m.apiVersion} ${m.kind}`];
  if (!entry) throw new Error(`no schema for ${m.apiVersion} ${m.kind}`);
  return entry;
}

/** The API schema's verdict on one object: null when valid, else the validator's message. */
function schemaProblem(m: Manifest): string | null {
  try {
    new (kindOf(m).model)(structuredClone(m) as never).validate();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

/**
 * Compiles every object as a literal of its API type: TypeScript refuses a field the type does not
 * have (at any depth) and a value of the wrong type or outside an enumeration. Objects in `bad` must
 * fail (`@ts-expect-error`), so the check is shown to bite. Returns tsc's output, or '' when clean.
 */
function typeProblems(good: Manifest[], bad: Manifest[]): string {
  const dir = mkdtempSync(join(ROOT, 'test/artifacts/k8s-types-'));
  const imports = Object.values(MODELS).map((m) => `import type { ${m.type} } from '${m.from}';`);
  const literal = (m: Manifest, i: number, name: string) => `export const ${name}${i}: ${kindOf(m).type} = ${JSON.stringify(m)};`;
  const body = [
    ...good.map((m, i) => literal(m, i, 'good')),
    ...bad.flatMap((m, i) => ['// @ts-expect-error a mistake the API types must refuse', literal(m, i, 'bad')]),
  ];
  const file = join(dir, 'manifests.ts');
  writeFileSync(file, [...imports, ...body, ''].join('\n'));
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  const r = spawnSync(tsc, ['--ignoreConfig', '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck', '--types', 'node', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  rmSync(dir, { recursive: true, force: true });
  return r.status === 0 ? '' : `${r.stdout}${r.stderr}`;
}

describe('deploy/k8s: the manifests of the documented command', () => {
  const rendered = render(documentedRender());
  const all = Object.values(rendered).flat();
  const [shards] = rendered['shards.yaml'];
  const [merge] = rendered['merge.yaml'];

  it('are a ConfigMap and a volume claim, an Indexed Job of 4 completions, a merge Job and a reader pod', () => {
    expect(all.map((m) => `${m.kind} ${m.metadata.name}`)).toEqual([
      'ConfigMap handoff-scenario',
      'PersistentVolumeClaim handoff-results',
      'Job handoff-shards',
      'Job handoff-merge',
      'Pod handoff-results-reader',
    ]);
    expect(shards.spec).toMatchObject({ completionMode: 'Indexed', completions: 4, parallelism: 4 });
    expect(rendered['setup.yaml'][1].spec.accessModes).toEqual(['ReadWriteMany']);
    // The scenario reaches the pods as the file's own text (YAML round trip included).
    expect(rendered['setup.yaml'][0].data['async-with-sla.yaml']).toBe(readFileSync(join(ROOT, 'scenarios/async-with-sla.yaml'), 'utf8'));
    expect(merge.spec.template.spec.containers[0].args).toEqual([
      'merge',
      '/results/handoff-part-0.json',
      '/results/handoff-part-1.json',
      '/results/handoff-part-2.json',
      '/results/handoff-part-3.json',
      '--out',
      '/results/handoff.json',
    ]);
  });

  it('pass the Kubernetes API schemas, and a wrong enumeration or a count that is not a number does not', () => {
    for (const m of all) expect(schemaProblem(m), `${m.kind} ${m.metadata.name}`).toBeNull();
    const typo = structuredClone(shards);
    typo.spec.completionMode = 'Index';
    expect(schemaProblem(typo)).toMatch(/completionMode/);
    const notANumber = structuredClone(shards);
    notANumber.spec.completions = 'four';
    expect(schemaProblem(notANumber)).toMatch(/completions/);
  });

  it('compile as the API types, which refuse a field Kubernetes does not have anywhere in the tree', () => {
    const misspelt = structuredClone(shards);
    misspelt.spec.template.spec.containers[0].volumeMount = misspelt.spec.template.spec.containers[0].volumeMounts;
    const unknown = structuredClone(rendered['setup.yaml'][1]);
    unknown.spec.accessMode = 'ReadWriteMany';
    expect(typeProblems(all, [misspelt, unknown])).toBe('');
  });
});

/** The final stage of the Dockerfile: its instructions, in order. */
function runtimeStage(): Array<{ op: string; rest: string }> {
  const lines = readFileSync(DOCKERFILE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'))
    .map((l) => {
      const [op, ...rest] = l.trim().split(/\s+/);
      return { op: op.toUpperCase(), rest: rest.join(' ') };
    });
  const from = lines.map((l) => l.op).lastIndexOf('FROM');
  return lines.slice(from);
}

describe('deploy/k8s/Dockerfile', () => {
  it('builds on Node 20 slim, installs production dependencies only and runs as a non-root user', () => {
    const text = readFileSync(DOCKERFILE, 'utf8');
    for (const from of text.split('\n').filter((l) => l.startsWith('FROM '))) expect(from).toMatch(/^FROM node:20-slim\b/);
    const stage = runtimeStage();
    expect(stage.find((l) => l.op === 'RUN' && /\bnpm ci\b/.test(l.rest))?.rest).toMatch(/--omit=dev/);
    const user = stage.filter((l) => l.op === 'USER').at(-1)?.rest ?? 'root';
    expect(user).toMatch(/^[1-9]\d*(:\d+)?$/); // numeric, so runAsNonRoot can check it; 0 is root
    expect(JSON.parse(stage.find((l) => l.op === 'ENTRYPOINT')!.rest)).toEqual(['node', '/app/dist/src/cli/bin.js']);
    // What the runtime stage copies from the context is not left out by .dockerignore.
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const copied = stage.filter((l) => l.op === 'COPY' && !l.rest.startsWith('--from')).flatMap((l) => l.rest.split(' ').slice(0, -1));
    expect(copied.filter((c) => ignored.includes(c))).toEqual([]);
  });
});

describe('Kubernetes $(VAR) expansion, as the kubelet does it', () => {
  const vars = new Map([
    ['A', 'a'],
    ['JOB_COMPLETION_INDEX', '3'],
  ]);
  it.each([
    ['$(A)', 'a'],
    ['x-$(A)-$(A)', 'x-a-a'],
    ['$(A)$(JOB_COMPLETION_INDEX)', 'a3'],
    ['$$(A)', '$(A)'],
    ['$$$(A)', '$a'],
    ['$$$$', '$$'],
    ['$(MISSING)', '$(MISSING)'],
    ['$(A', '$(A'],
    ['$A', '$A'],
    ['cost$', 'cost$'],
    ['$()', '$()'],
  ])('%s becomes %s', (input, output) => expect(expandKube(input, vars)).toBe(output));

  it('a user argument escaped by the manifests reaches the process as typed, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '(', ')', 'A', 'x', ' ') }), (s) => expandKube(escapeExpansion(s), vars) === s),
      { numRuns: 300 },
    );
  });
});

/** Local folders standing for the pod's volumes: the ConfigMap's files, and the claim shared by every pod. */
function mountVolumes(job: Manifest, setup: Manifest[], claims: Map<string, string>): Map<string, string> {
  const byVolume = new Map<string, string>();
  for (const v of job.spec.template.spec.volumes as Manifest[]) {
    if (v.configMap) {
      const map = setup.find((m) => m.kind === 'ConfigMap' && m.metadata.name === v.configMap.name)!;
      const dir = mkdtempSync(join(tmp, 'configmap-'));
      for (const [key, text] of Object.entries(map.data as Record<string, string>)) writeFileSync(join(dir, key), text);
      byVolume.set(v.name, dir);
    } else {
      const name = v.persistentVolumeClaim.claimName as string;
      if (!claims.has(name)) claims.set(name, mkdtempSync(join(tmp, 'claim-')));
      byVolume.set(v.name, claims.get(name)!);
    }
  }
  const container = job.spec.template.spec.containers[0] as KubeContainer;
  // The image's files are this repository's (WORKDIR /app in the Dockerfile).
  return new Map([['/app', ROOT], ...(container.volumeMounts ?? []).map((m): [string, string] => [m.mountPath, byVolume.get(m.name)!])]);
}

/** An argument naming a file in the container, as the local path standing for it. */
function localPath(arg: string, mounts: Map<string, string>): string {
  for (const [inside, outside] of mounts) if (arg === inside || arg.startsWith(`${inside}/`)) return outside + arg.slice(inside.length);
  return arg;
}

/** Runs pod `index` of a Job (null outside Indexed Jobs) as a local process; resolves with its exit code and output. */
function runPod(job: Manifest, index: number | null, mounts: Map<string, string>): Promise<{ code: number | null; stderr: string }> {
  const container = job.spec.template.spec.containers[0] as KubeContainer;
  const stage = runtimeStage();
  const image = { entrypoint: JSON.parse(stage.find((l) => l.op === 'ENTRYPOINT')!.rest), cmd: JSON.parse(stage.find((l) => l.op === 'CMD')?.rest ?? '[]') };
  const annotations: Record<string, string> = index === null ? {} : { [INDEX_ANNOTATION]: String(index) };
  const env = containerEnv(container, { annotations }, index === null ? {} : { JOB_COMPLETION_INDEX: String(index) });
  const [program, ...args] = containerArgv(container, image, env).map((a) => localPath(a, mounts));
  expect(program).toBe('node');
  return new Promise((done) => {
    // The image's environment: no TZ (UTC), NODE_ENV=production, and the container's variables.
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, TZ: 'UTC', NODE_ENV: 'production', ...Object.fromEntries(env) } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => done({ code, stderr }));
  });
}

describe('deploy/k8s: the pods, run as local processes', () => {
  it('each index runs its shard, the merge Job joins them, and the document is the unsharded run’s, byte for byte', async () => {
    // The documented study with 3 replications instead of 2000: 6 points x 3 = 18 units on 4 shards,
    // shard i taking units floor(18i/4) to floor(18(i+1)/4): 0-3, 4-8, 9-12, 13-17.
    const words = withOption(documentedRender(), '-r', '3', false);
    const rendered = render(words);
    const [shards] = rendered['shards.yaml'];
    const [merge] = rendered['merge.yaml'];
    const claims = new Map<string, string>();
    const shardMounts = mountVolumes(shards, rendered['setup.yaml'], claims);
    const pods = await Promise.all(Array.from({ length: shards.spec.completions as number }, (_, i) => runPod(shards, i, shardMounts)));
    pods.forEach((p, i) => {
      expect(p.code, p.stderr).toBe(0);
      expect(p.stderr).toContain(`shard ${i}/4: ${[4, 5, 4, 5][i]} of 18 units`);
    });
    const merged = await runPod(merge, null, mountVolumes(merge, rendered['setup.yaml'], claims));
    expect(merged.code, merged.stderr).toBe(0);
    const document = readFileSync(join(claims.get('handoff-results')!, 'handoff.json'), 'utf8');

    // The same command on one machine: what follows `--`, with the scenario file after the command word.
    const [command, ...options] = words.slice(words.indexOf('--') + 1);
    const whole = join(tmp, 'whole.json');
    const r = spawnSync(process.execPath, ['dist/src/cli/bin.js', command, 'scenarios/async-with-sla.yaml', ...options, '-w', '1', '--out', whole], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'UTC' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(document).toBe(readFileSync(whole, 'utf8'));
    expect(checkDocumentInvariants(JSON.parse(document))).toEqual([]);
  });

  it('render.mjs refuses an option the manifests set, a command that cannot be sharded and a name Kubernetes would refuse', () => {
    const base = ['deploy/k8s/render.mjs', '--scenario', 'scenarios/async-with-sla.yaml', '--shards', '2', '--image', 'h:1', '--out', join(tmp, 'refused')];
    const cases: Array<[string[], RegExp]> = [
      [[...base, '--', 'sweep', '--set', 'team.reviewers.count=2,3', '-w', '4'], /-w: the manifests set it themselves/],
      [[...base, '--', 'validate'], /must be one of run, compare, sweep/],
      [[...base, '--name', 'Big_Study', '--', 'run'], /--name Big_Study/],
      [['deploy/k8s/render.mjs', '--scenario', 'scenarios/async-with-sla.yaml', '--image', 'h:1', '--out', join(tmp, 'refused'), '--', 'run'], /--shards/],
    ];
    for (const [args, message] of cases) {
      const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
