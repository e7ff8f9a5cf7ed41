// `kubectl run NAME --image=... [--port] [--labels] [--env] [--restart] [--command] [--expose]
// [-- ARGS]` (pkg/cmd/run/run.go and generate/versioned BasicPod): a Pod whose one container
// is named NAME, labelled run=NAME unless --labels; with --expose, a Service selecting those
// labels on --port.
import type { Pod, Service } from '../../sim/types.js';
import { objectMeta, omitEmpty, struct } from './typed.js';
import { parseLabelPairs } from './labels.js';
import type { Generated } from './service.js';

export interface RunOptions {
  name: string;
  image: string;
  port: string;
  labels: string;
  annotations: string[];
  env: string[];
  restart: string;
  command: boolean;
  args: string[];
  imagePullPolicy: string;
  stdin: boolean;
  tty: boolean;
  leaveStdinOpen: boolean;
  privileged: boolean;
  namespace?: string;
}

/** RunOptions.Run's checks before it generates anything (usage errors say "See 'kubectl run -h'"). */
export function validateRun(o: RunOptions, expose: boolean): { usage: string } | undefined {
  if (!['Always', 'OnFailure', 'Never'].includes(o.restart)) return { usage: `invalid restart policy: ${o.restart}` };
  if (expose && o.port === '') return { usage: '--port must be set when exposing a service' };
  return undefined;
}

export function runPod(o: RunOptions): Generated<Pod> {
  const labels = o.labels === '' ? { ok: true as const, map: { run: o.name } } : parseLabelPairs(o.labels);
  if (!labels.ok) return labels;
  const annotations: Record<string, string> = {};
  for (const a of o.annotations) {
    const i = a.indexOf('=');
    if (i < 0) return { ok: false, error: `invalid annotation spec: ${a}` };
    annotations[a.slice(0, i)] = a.slice(i + 1);
  }
  const env = o.env.map((e) => {
    const i = e.indexOf('=');
    return i < 0 ? { name: e } : { name: e.slice(0, i), value: e.slice(i + 1) };
  });
  let port: number | undefined;
  if (o.port !== '') {
    if (!/^[+-]?\d+$/.test(o.port)) return { ok: false, error: `strconv.Atoi: parsing ${JSON.stringify(o.port)}: invalid syntax` };
    port = Number(o.port);
  }
  const container = omitEmpty({
    name: o.name,
    image: o.image,
    command: o.command ? o.args : undefined,
    args: o.command ? undefined : o.args,
    ports: port !== undefined ? [{ containerPort: port }] : undefined,
    env,
    resources: struct({}),
    imagePullPolicy: o.imagePullPolicy || undefined,
    securityContext: o.privileged ? { privileged: true } : undefined,
    stdin: o.stdin,
    stdinOnce: !o.leaveStdinOpen && o.stdin,
    tty: o.tty,
  });
  const pod = {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: objectMeta({ name: o.name, namespace: o.namespace, labels: labels.map, annotations }),
    spec: { containers: [container], restartPolicy: o.restart, dnsPolicy: 'ClusterFirst' },
    status: struct({}),
  } as unknown as Pod;
  return { ok: true, object: pod };
}

/** run --expose: the Service kubectl generates for the pod (no labels of its own). */
export function runService(o: RunOptions, podLabels: Record<string, string>): Service {
  const port = Number(o.port);
  return {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: objectMeta({ name: o.name, namespace: o.namespace }),
    spec: { ports: [{ protocol: 'TCP', port, targetPort: port }], selector: { ...podLabels } },
    status: { loadBalancer: struct({}) },
  } as unknown as Service;
}
