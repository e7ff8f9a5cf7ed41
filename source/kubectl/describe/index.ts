// The describer of each kind (describe.go describerMap), with the generic one for the rest.
import type { DescribeInput } from './types.js';
import { describePod } from './pod.js';
import { describeEndpoints, describeEndpointSlice, describeService } from './service.js';
import { describeDeployment, describeReplicaSet } from './workloads.js';
import { describeIngress, describeIngressClass, describeNetworkPolicy } from './networking.js';
import { describeConfigMap, describeGeneric, describeNamespace, describeNode } from './cluster.js';

export type { DescribeInput } from './types.js';

const DESCRIBERS: Record<string, (input: DescribeInput) => string> = {
  Pod: describePod,
  Service: describeService,
  Endpoints: describeEndpoints,
  EndpointSlice: describeEndpointSlice,
  Deployment: describeDeployment,
  ReplicaSet: describeReplicaSet,
  Ingress: describeIngress,
  IngressClass: describeIngressClass,
  NetworkPolicy: describeNetworkPolicy,
  Namespace: describeNamespace,
  ConfigMap: describeConfigMap,
  Node: describeNode,
};

export function describeObject(input: DescribeInput): string {
  return (DESCRIBERS[input.obj.kind] ?? describeGeneric)(input);
}
