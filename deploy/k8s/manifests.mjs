// The Kubernetes objects of a sharded Handoff run, as plain objects: render.mjs writes them as YAML,
// test/deploy/k8s.test.ts checks them against the Kubernetes API schemas and runs their commands.

/** Where the pods see the scenario (the ConfigMap) and the parts and result (the shared volume). */
export const SCENARIO_DIR = '/scenarios';
export const RESULTS_DIR = '/results';
/** The image's non-root user (node:20-slim's `node`), as the Dockerfile's USER gives it. */
const USER_ID = 1000;
/** The annotation the Job controller gives each pod of an Indexed Job: its completion index. */
export const INDEX_ANNOTATION = 'batch.kubernetes.io/job-completion-index';

/** The simulating commands that can be split into shards. */
export const SHARDABLE = ['run', 'compare', 'sweep'];
/** Options the manifests set themselves: a user's command must not give them. */
const OWN_OPTIONS = new Set(['--shard', '--out', '-o', '--json', '--csv', '--report', '--workers', '-w']);
/** A name becomes `<name>-results-reader` (a pod) and a label value: a DNS label of 63 at most. */
const MAX_NAME = 40;

/**
 * Kubernetes expands `$(VAR)` in a container's command and args from its environment; `$$` stands
 * for `$`. A user's text is escaped so it reaches Handoff as typed.
 */
export function escapeExpansion(text) {
  return text.replaceAll('$', '$$$$');
}

/** Checks the options; returns a list of problems (empty when all is well). */
export function checkOptions(o) {
  const problems = [];
  if (!/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(o.name) || o.name.length > MAX_NAME) {
    problems.push(`--name ${o.name}: lower-case letters, digits and '-', starting and ending with a letter or digit, at most ${MAX_NAME} characters`);
  }
  if (!Number.isInteger(o.shards) || o.shards < 1 || o.shards > 10_000) problems.push('--shards: a whole number from 1 to 10000');
  if (!Number.isInteger(o.parallelism) || o.parallelism < 1) problems.push('--parallelism: a whole number of at least 1');
  if (!Number.isInteger(o.cpus) || o.cpus < 1) problems.push('--cpus: a whole number of at least 1 (the worker threads of each shard)');
  if (!/^[-._a-zA-Z0-9]+$/.test(o.scenarioKey)) problems.push(`--scenario: the file name ${o.scenarioKey} must be letters, digits, '-', '_' or '.' (it is the ConfigMap key)`);
  if (!o.image) problems.push('--image: the image built from deploy/k8s/Dockerfile, e.g. registry.example.com/handoff:0.1.0');
  const [command, ...rest] = o.command;
  if (!SHARDABLE.includes(command)) problems.push(`the command after -- must be one of ${SHARDABLE.join(', ')} (got ${command ?? 'nothing'})`);
  for (const arg of rest) {
    const option = arg.split('=')[0];
    if (OWN_OPTIONS.has(option)) problems.push(`${option}: the manifests set it themselves (--cpus gives the worker threads)`);
  }
  return problems;
}

function labels(o, component) {
  return { 'app.kubernetes.io/name': 'handoff', 'app.kubernetes.io/instance': o.name, 'app.kubernetes.io/component': component };
}

/** The path of shard i's part on the shared volume (i may be the `$(JOB_COMPLETION_INDEX)` reference). */
export function partPath(name, index) {
  return `${RESULTS_DIR}/${name}-part-${index}.json`;
}

/** The merged document on the shared volume. */
export function resultPath(name) {
  return `${RESULTS_DIR}/${name}.json`;
}

const podSecurity = { runAsNonRoot: true, runAsUser: USER_ID, runAsGroup: USER_ID, fsGroup: USER_ID };
const containerSecurity = { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } };

function resultsVolume(o) {
  return { name: 'results', persistentVolumeClaim: { claimName: `${o.name}-results` } };
}

/** The ConfigMap holding the scenario file and the ReadWriteMany volume the parts go to. */
function setup(o) {
  const configMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: `${o.name}-scenario`, labels: labels(o, 'scenario') },
    data: { [o.scenarioKey]: o.scenarioText },
  };
  const claim = {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { name: `${o.name}-results`, labels: labels(o, 'results') },
    spec: {
      accessModes: ['ReadWriteMany'],
      resources: { requests: { storage: o.storage } },
      ...(o.storageClass ? { storageClassName: o.storageClass } : {}),
    },
  };
  return [configMap, claim];
}

/** The Indexed Job: pod i runs shard i of N and writes its part to the shared volume. */
function shardsJob(o) {
  const [command, ...rest] = o.command;
  const index = '$(JOB_COMPLETION_INDEX)';
  const args = [
    command,
    `${SCENARIO_DIR}/${o.scenarioKey}`,
    ...rest.map(escapeExpansion),
    '--workers',
    String(o.cpus),
    '--shard',
    `${index}/${o.shards}`,
    '--out',
    partPath(o.name, index),
  ];
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: `${o.name}-shards`, labels: labels(o, 'shards') },
    spec: {
      completionMode: 'Indexed',
      completions: o.shards,
      parallelism: o.parallelism,
      backoffLimit: o.backoffLimit,
      template: {
        metadata: { labels: labels(o, 'shards') },
        spec: {
          restartPolicy: 'Never',
          securityContext: podSecurity,
          containers: [
            {
              name: 'handoff',
              image: o.image,
              args,
              // The Job controller sets this too; declared here so the $(...) reference above is
              // visibly backed by the container's own environment.
              env: [{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { fieldPath: `metadata.annotations['${INDEX_ANNOTATION}']` } } }],
              resources: { requests: { cpu: String(o.cpus), memory: o.memory } },
              securityContext: containerSecurity,
              volumeMounts: [
                { name: 'scenario', mountPath: SCENARIO_DIR, readOnly: true },
                { name: 'results', mountPath: RESULTS_DIR },
              ],
            },
          ],
          volumes: [{ name: 'scenario', configMap: { name: `${o.name}-scenario` } }, resultsVolume(o)],
        },
      },
    },
  };
}

/** The merge Job: joins the N parts, named one by one, into the document the whole run writes. */
function mergeJob(o) {
  const parts = Array.from({ length: o.shards }, (_, i) => partPath(o.name, i));
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: `${o.name}-merge`, labels: labels(o, 'merge') },
    spec: {
      completions: 1,
      backoffLimit: 1,
      template: {
        metadata: { labels: labels(o, 'merge') },
        spec: {
          restartPolicy: 'Never',
          securityContext: podSecurity,
          containers: [
            {
              name: 'handoff',
              image: o.image,
              args: ['merge', ...parts, '--out', resultPath(o.name)],
              resources: { requests: { cpu: '1', memory: o.memory } },
              securityContext: containerSecurity,
              volumeMounts: [{ name: 'results', mountPath: RESULTS_DIR }],
            },
          ],
          volumes: [resultsVolume(o)],
        },
      },
    },
  };
}

/** A pod that only mounts the results, for `kubectl cp` (a finished Job's pods cannot be copied from). */
function readerPod(o) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: `${o.name}-results-reader`, labels: labels(o, 'reader') },
    spec: {
      restartPolicy: 'Never',
      securityContext: podSecurity,
      containers: [
        {
          name: 'reader',
          image: o.image,
          command: ['sleep', '3600'],
          securityContext: containerSecurity,
          volumeMounts: [{ name: 'results', mountPath: RESULTS_DIR, readOnly: true }],
        },
      ],
      volumes: [resultsVolume(o)],
    },
  };
}

/** Every file render.mjs writes, each a list of objects. */
export function renderManifests(o) {
  return {
    'setup.yaml': setup(o),
    'shards.yaml': [shardsJob(o)],
    'merge.yaml': [mergeJob(o)],
    'reader.yaml': [readerPod(o)],
  };
}
