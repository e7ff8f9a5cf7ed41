// The table of each kind, by Kind.
import type { KindTable } from './types.js';
import { serviceTable } from './service.js';
import { endpointsTable } from './endpoints.js';
import { endpointSliceTable } from './endpointslice.js';
import { podTable } from './pod.js';
import { deploymentTable, replicaSetTable } from './workloads.js';
import { ingressTable, ingressClassTable, networkPolicyTable } from './networking.js';
import { gatewayClassTable, gatewayTable, httpRouteTable, referenceGrantTable } from './gateway.js';
import { namespaceTable, nodeTable, configMapTable, defaultTable } from './cluster.js';

export type { KindTable, TableColumn, Cell } from './types.js';

const TABLES: Record<string, KindTable> = {
  Service: serviceTable,
  Endpoints: endpointsTable,
  EndpointSlice: endpointSliceTable,
  Pod: podTable,
  Deployment: deploymentTable,
  ReplicaSet: replicaSetTable,
  Ingress: ingressTable,
  IngressClass: ingressClassTable,
  NetworkPolicy: networkPolicyTable,
  Namespace: namespaceTable,
  Node: nodeTable,
  ConfigMap: configMapTable,
  GatewayClass: gatewayClassTable,
  Gateway: gatewayTable,
  HTTPRoute: httpRouteTable,
  ReferenceGrant: referenceGrantTable,
};

export function tableForKind(kind: string): KindTable {
  return TABLES[kind] ?? defaultTable;
}
