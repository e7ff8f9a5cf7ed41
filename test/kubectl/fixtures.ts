// The objects of test/kubectl/fixtures/server-cluster.yaml (what the fake API server served
// while the goldens were recorded) and the files the recorded commands read with -f.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import type { KObject } from '../../source/sim/types.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

export function readFixture(file: string): KObject[] {
  return parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')).map((d) => d.toJSON()).filter((o) => o && o.kind);
}

/** The fake server's objects, listed as etcd lists them (namespace/name order). */
export function serverObjects(): KObject[] {
  return readFixture('server-cluster.yaml').sort((a, b) =>
    `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace ?? ''}/${b.metadata.name}`));
}

/** The fake server's "now" for table ages (scripts/kubectl-fake-apiserver.ts TABLE_NOW). */
export const TABLE_NOW = new Date('2025-01-03T04:05:06Z');

/** The user's objects of fixtures/cluster-state.yaml (see scripts/record-kubectl-cluster-goldens.sh). */
export function clusterState(): KObject[] {
  return readFixture('cluster-state.yaml');
}

/** The time the cluster goldens were recorded at (scripts/record-kubectl-cluster-goldens.sh). */
export const CLUSTER_NOW = new Date('2025-01-03T04:05:06Z');
