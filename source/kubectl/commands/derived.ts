// Objects the simulator's controllers make (a Deployment's ReplicaSet and pods, a Service's
// Endpoints and EndpointSlices) are made again from their owner on every change, so a change
// to one of them cannot be kept: the emulator says so instead of pretending.
import type { KObject } from '../../sim/types.js';
import type { ApiView } from '../api/view.js';
import { resourceForObject } from '../resources.js';
import { failure, type KubectlResult } from '../result.js';

export function isDerived(view: ApiView, obj: KObject): boolean {
  return view.cluster.derived.includes(obj);
}

export function derivedRefusal(obj: KObject): KubectlResult {
  const rt = resourceForObject(obj);
  const owner = obj.metadata.ownerReferences?.find((r) => r.controller) ?? obj.metadata.ownerReferences?.[0];
  const by = owner ? `${owner.kind} ${owner.name}` : obj.kind === 'Endpoints' || obj.kind === 'EndpointSlice' ? 'the endpoints controller (from its Service)' : 'the cluster';
  return failure(`${rt?.plural ?? obj.kind} "${obj.metadata.name}" is made by ${by} in kubeprep's simulated cluster, and a change to it would not be kept; change its owner instead`);
}
