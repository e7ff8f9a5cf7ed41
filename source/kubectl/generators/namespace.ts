// `kubectl create namespace NAME` (pkg/cmd/create/create_namespace.go)
import type { Namespace } from '../../sim/types.js';
import { objectMeta, struct } from './typed.js';

export function createNamespace(name: string): Namespace {
  return { kind: 'Namespace', apiVersion: 'v1', metadata: objectMeta({ name }), spec: struct({}), status: struct({}) } as unknown as Namespace;
}
