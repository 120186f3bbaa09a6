// What the kubelet does with a container spec before it starts the process, as far as a test of our
// manifests needs it: resolve the environment, expand $(VAR) in command and args, and pick the
// image's entrypoint when the container gives no command.

/** A container as our manifests write it (the fields the kubelet reads to build the process). */
export interface KubeContainer {
  command?: string[];
  args?: string[];
  env?: Array<{ name: string; value?: string; valueFrom?: { fieldRef?: { fieldPath: string } } }>;
  volumeMounts?: Array<{ name: string; mountPath: string; readOnly?: boolean }>;
}

/**
 * Kubernetes' `$(VAR)` expansion (third_party/forked/golang/expansion in kubernetes/kubernetes):
 * `$(NAME)` becomes NAME's value when NAME is defined and stays `$(NAME)` as typed when it is not;
 * `$$` is a literal `$`; a `$` before anything else, an unclosed `$(` and a final `$` stay as they are.
 */
export function expandKube(input: string, vars: ReadonlyMap<string, string>): string {
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const next = input[cursor + 1];
    if (next === '$') {
      out += '$';
      cursor += 1;
    } else if (next === '(') {
      const close = input.indexOf(')', cursor + 2);
      if (close < 0) {
        out += '$(';
        cursor += 1;
      } else {
        const name = input.slice(cursor + 2, close);
        out += vars.get(name) ?? `$(${name})`;
        cursor = close;
      }
    } else {
      out += `$${next}`;
      cursor += 1;
    }
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}

/** The pod's identity, as far as a downward-API field reference can read it. */
export interface PodFields {
  annotations: Record<string, string>;
}

/** Resolves one `fieldRef` the way the downward API does for the fields our manifests use. */
function fieldValue(path: string, pod: PodFields): string {
  const annotation = /^metadata\.annotations\['([^']+)'\]$/.exec(path);
  if (!annotation) throw new Error(`the test's downward API knows no field ${path}`);
  return pod.annotations[annotation[1]] ?? '';
}

/**
 * The container's environment in order: a `value` may refer to variables defined before it (and is
 * expanded with them), a `valueFrom.fieldRef` reads the pod. `extra` is what the Job controller adds
 * to the spec when it is missing (JOB_COMPLETION_INDEX for an Indexed Job).
 */
export function containerEnv(container: KubeContainer, pod: PodFields, extra: Record<string, string> = {}): Map<string, string> {
  const env = new Map<string, string>();
  for (const v of container.env ?? []) {
    if (v.valueFrom?.fieldRef) env.set(v.name, fieldValue(v.valueFrom.fieldRef.fieldPath, pod));
    else env.set(v.name, expandKube(v.value ?? '', env));
  }
  for (const [name, value] of Object.entries(extra)) if (!env.has(name)) env.set(name, value);
  return env;
}

/**
 * The process the container runs: `command` replaces the image's ENTRYPOINT (and drops its CMD),
 * `args` replaces CMD; what the spec gives is expanded with the container's environment, what the
 * image gives is not.
 */
export function containerArgv(container: KubeContainer, image: { entrypoint: string[]; cmd: string[] }, env: ReadonlyMap<string, string>): string[] {
  const expand = (list: string[]) => list.map((a) => expandKube(a, env));
  const command = container.command ? expand(container.command) : image.entrypoint;
  const args = container.args ? expand(container.args) : container.command ? [] : image.cmd;
  return [...command, ...args];
}
