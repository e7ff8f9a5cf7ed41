// `kubectl create deployment NAME --image=... [--port] [--replicas] [-- COMMAND]`
// (pkg/cmd/create/create_deployment.go): label and selector app=NAME, one container per
// --image named after the image (registry path, tag and digest removed), --port on the
// first container only.
import type { Deployment } from '../../sim/types.js';
import { objectMeta, omitEmpty, struct, templateMeta } from './typed.js';
import type { Generated } from './service.js';

export interface CreateDeploymentOptions {
  name: string;
  images: string[];
  port: number;          // -1: none
  replicas: number;
  command: string[];     // the words after --
  namespace?: string;
  /** utilrand.String(5) for names with "." or "_"; the emulator passes a deterministic one */
  randomSuffix?: (name: string) => string;
}

export function createDeployment(o: CreateDeploymentOptions): Generated<Deployment> {
  if (o.images.length > 1 && o.command.length > 0) return { ok: false, error: 'cannot specify multiple --image options and command' };
  const labels = { app: o.name };
  const containers = o.images.map((image, i) => omitEmpty({
    name: containerName(image, o.randomSuffix ?? defaultSuffix),
    image,
    command: o.command,
    ports: i === 0 && o.port >= 0 ? [{ containerPort: o.port }] : undefined,
    resources: struct({}),
  }));
  const deploy = {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: objectMeta({ name: o.name, namespace: o.namespace, labels }),
    spec: {
      replicas: o.replicas,
      selector: { matchLabels: { ...labels } },
      template: { metadata: templateMeta({ ...labels }), spec: { containers } },
      strategy: struct({}),
    },
    status: struct({}),
  } as unknown as Deployment;
  return { ok: true, object: deploy };
}

/** buildPodSpec + sanitizeAndUniquify */
export function containerName(image: string, suffix: (name: string) => string): string {
  let name = image.split('/').pop()!;
  if (name.includes(':')) name = name.split(':')[0];
  if (name.includes('@')) name = name.split('@')[0];
  if (/[_.]/.test(name)) {
    name = name.replace(/_/g, '-').replace(/\./g, '-');
    name = `${name}-${suffix(name)}`;
  }
  return name;
}

// utilrand.String's alphabet (no vowels, no confusable digits), chosen from the name so
// the result is stable.
function defaultSuffix(name: string): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let h = 2166136261;
  for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  let out = '';
  for (let i = 0; i < 5; i++) { out += alphabet[h % alphabet.length]; h = Math.floor(h / alphabet.length) + i * 7919; }
  return out;
}
