// The Kubernetes API objects the simulator knows, as the API server stores them
// (only the fields this domain uses; everything else is kept verbatim in the object).
// Shapes follow k8s.io/api core/v1, apps/v1, networking.k8s.io/v1, discovery.k8s.io/v1.

export type Labels = Record<string, string>;

export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  labels?: Labels;
  annotations?: Record<string, string>;
  uid?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  ownerReferences?: Array<{ apiVersion: string; kind: string; name: string; uid?: string; controller?: boolean }>;
  resourceVersion?: string;
  [k: string]: unknown;
}

export interface KObject {
  apiVersion?: string;
  kind: string;
  metadata: ObjectMeta;
  spec?: any;
  status?: any;
  [k: string]: unknown;
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface LabelSelectorRequirement { key: string; operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist'; values?: string[] }
export interface LabelSelector { matchLabels?: Labels; matchExpressions?: LabelSelectorRequirement[] }

export interface ContainerPort { name?: string; containerPort: number; protocol?: Protocol; hostPort?: number }
export interface Container { name: string; image?: string; ports?: ContainerPort[]; [k: string]: unknown }

export interface Pod extends KObject {
  kind: 'Pod';
  spec: {
    containers: Container[];
    nodeName?: string;
    hostname?: string;
    subdomain?: string;
    [k: string]: unknown;
  };
  status?: {
    phase?: 'Pending' | 'Running' | 'Succeeded' | 'Failed' | 'Unknown';
    podIP?: string;
    podIPs?: Array<{ ip: string }>;
    hostIP?: string;
    conditions?: Array<{ type: string; status: 'True' | 'False' | 'Unknown' }>;
    [k: string]: unknown;
  };
}

export interface ServicePort {
  name?: string;
  protocol?: Protocol;
  port: number;
  targetPort?: number | string;
  nodePort?: number;
  appProtocol?: string;
}

export interface Service extends KObject {
  kind: 'Service';
  spec: {
    type?: 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';
    selector?: Labels;
    ports?: ServicePort[];
    clusterIP?: string;
    clusterIPs?: string[];
    externalName?: string;
    externalIPs?: string[];
    externalTrafficPolicy?: 'Cluster' | 'Local';
    internalTrafficPolicy?: 'Cluster' | 'Local';
    sessionAffinity?: 'None' | 'ClientIP';
    sessionAffinityConfig?: { clientIP?: { timeoutSeconds?: number } };
    publishNotReadyAddresses?: boolean;
    ipFamilies?: string[];
    ipFamilyPolicy?: string;
    loadBalancerIP?: string;
    loadBalancerSourceRanges?: string[];
    healthCheckNodePort?: number;
    allocateLoadBalancerNodePorts?: boolean;
    [k: string]: unknown;
  };
  status?: { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } };
}

export interface EndpointAddress { ip: string; hostname?: string; nodeName?: string; targetRef?: { kind: string; namespace?: string; name: string; uid?: string } }
export interface EndpointPort { name?: string; port: number; protocol?: Protocol; appProtocol?: string }
export interface EndpointSubset { addresses?: EndpointAddress[]; notReadyAddresses?: EndpointAddress[]; ports?: EndpointPort[] }
export interface Endpoints extends KObject { kind: 'Endpoints'; subsets?: EndpointSubset[] }

export interface EndpointSliceEndpoint {
  addresses: string[];
  conditions?: { ready?: boolean; serving?: boolean; terminating?: boolean };
  hostname?: string;
  nodeName?: string;
  targetRef?: { kind: string; namespace?: string; name: string; uid?: string };
}
export interface EndpointSlice extends KObject {
  kind: 'EndpointSlice';
  addressType: 'IPv4' | 'IPv6' | 'FQDN';
  endpoints?: EndpointSliceEndpoint[];
  ports?: Array<{ name?: string; port?: number; protocol?: Protocol; appProtocol?: string }>;
}

export interface Namespace extends KObject { kind: 'Namespace' }
export interface Node extends KObject {
  kind: 'Node';
  status?: { addresses?: Array<{ type: string; address: string }>; conditions?: Array<{ type: string; status: string }> };
}

export interface Deployment extends KObject {
  kind: 'Deployment';
  spec: {
    replicas?: number;
    selector: LabelSelector;
    template: { metadata?: ObjectMeta; spec: Pod['spec'] };
    [k: string]: unknown;
  };
}
export interface ReplicaSet extends KObject {
  kind: 'ReplicaSet';
  spec: Deployment['spec'];
}

/** One step of an answer's explanation (STYLE.md §3): the trace is the result, not logging. */
export interface Hop { step: string; status: 'ok' | 'warn' | 'fail'; detail: string }

/** Cluster-wide settings (DESIGN.md "Command-line contract"). */
export interface ClusterSettings {
  clusterDomain: string;        // cluster.local
  serviceCIDR: string;          // 10.96.0.0/12
  podCIDR: string;              // 10.244.0.0/16
  nodePortRange: [number, number]; // 30000-32767
  proxyMode: 'iptables' | 'ipvs' | 'nftables' | 'userspace';
}

export const defaultSettings: ClusterSettings = {
  clusterDomain: 'cluster.local',
  serviceCIDR: '10.96.0.0/12',
  podCIDR: '10.244.0.0/16',
  nodePortRange: [30000, 32767],
  proxyMode: 'iptables',
};
