// sim netpol: index NetworkPolicies, namespaces and pods once, then decide connections by lookups.
export {
  buildPolicyIndex, decide, effectivePolicyTypes, selectorText, parseIP, parseCIDR, cidrContains,
} from './evaluate.js';
export type {
  PolicyIndex, PolicyInput, PolicyPod, PolicyNamespace, PodRef, Endpoint, Connection, Decision,
  DirectionResult, NetworkPolicy, NetworkPolicySpec, NetworkPolicyPeer, NetworkPolicyPort,
  NetworkPolicyIngressRule, NetworkPolicyEgressRule, IPBlock, IP, CIDR,
} from './evaluate.js';
