import test from 'ava';
import { formatFieldError } from '../../../source/sim/field.js';
import type { Service } from '../../../source/sim/types.js';
import { applyServiceDefaults, validateService, validateServiceClusterIPsRelatedFields } from '../../../source/sim/validation/service.js';

const DNS1035_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
const portKey = (proto: string, port: number) =>
  `core.ServicePort{Name:"", Protocol:"${proto}", AppProtocol:(*string)(nil), Port:${port}, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}`;

// A Service as the API server holds it after defaulting and allocation (makeValidService in
// validation_test.go plays the same role); each case tweaks a copy of it.
function makeService(tweak: (s: Service) => void = () => {}): Service {
  const s: Service = {
    apiVersion: 'v1', kind: 'Service',
    metadata: { name: 'web', namespace: 'shop' },
    spec: {
      type: 'ClusterIP', selector: { app: 'web' }, sessionAffinity: 'None',
      clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'], ipFamilies: ['IPv4'], ipFamilyPolicy: 'SingleStack',
      internalTrafficPolicy: 'Cluster',
      ports: [{ name: 'http', protocol: 'TCP', port: 80, targetPort: 8080 }],
    },
  };
  tweak(s);
  return s;
}
const asNodePort = (s: Service) => { s.spec.type = 'NodePort'; s.spec.externalTrafficPolicy = 'Cluster'; s.spec.ports![0]!.nodePort = 30080; };
const asLoadBalancer = (s: Service) => { asNodePort(s); s.spec.type = 'LoadBalancer'; s.spec.allocateLoadBalancerNodePorts = true; };
const asExternalName = (s: Service) => {
  s.spec.type = 'ExternalName'; s.spec.externalName = 'db.example.com';
  delete s.spec.clusterIP; delete s.spec.clusterIPs; delete s.spec.ipFamilies; delete s.spec.ipFamilyPolicy; delete s.spec.internalTrafficPolicy; delete s.spec.selector;
};
const asHeadless = (s: Service) => { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None']; };

// From TestValidateServiceCreate in pkg/apis/core/validation/validation_test.go (v1.32),
// asserting the lines the API server returns.
const cases: Array<{ name: string; tweak: (s: Service) => void; want: string[] }> = [
  // valid Services
  { name: 'valid ClusterIP', tweak: () => {}, want: [] },
  { name: 'valid NodePort', tweak: asNodePort, want: [] },
  { name: 'valid LoadBalancer with Local policy and health check port', tweak: (s) => { asLoadBalancer(s); s.spec.externalTrafficPolicy = 'Local'; s.spec.healthCheckNodePort = 31000; }, want: [] },
  { name: 'valid ExternalName without ports', tweak: (s) => { asExternalName(s); delete s.spec.ports; }, want: [] },
  { name: 'valid ExternalName with trailing dot', tweak: (s) => { asExternalName(s); s.spec.externalName = 'db.example.com.'; }, want: [] },
  { name: 'valid headless without ports', tweak: (s) => { asHeadless(s); delete s.spec.ports; }, want: [] },
  { name: 'valid headless with a targetPort that differs (tolerated in v1)', tweak: (s) => { asHeadless(s); }, want: [] },
  { name: 'valid named targetPort', tweak: (s) => { s.spec.ports![0]!.targetPort = 'http-alt'; }, want: [] },
  { name: 'valid same port for TCP and UDP', tweak: (s) => { s.spec.ports = [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, protocol: 'TCP' }]; }, want: [] },
  { name: 'valid ClientIP affinity at the maximum timeout', tweak: (s) => { s.spec.sessionAffinity = 'ClientIP'; s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 86400 } }; }, want: [] },
  { name: 'valid externalIPs on ClusterIP with externalTrafficPolicy', tweak: (s) => { s.spec.externalIPs = ['203.0.113.7']; s.spec.externalTrafficPolicy = 'Local'; }, want: [] },
  { name: 'valid selectorless Service', tweak: (s) => { delete s.spec.selector; }, want: [] },
  { name: 'valid dual-stack clusterIPs', tweak: (s) => { s.spec.clusterIPs = ['10.96.0.20', 'fd00::20']; s.spec.ipFamilies = ['IPv4', 'IPv6']; s.spec.ipFamilyPolicy = 'RequireDualStack'; }, want: [] },
  { name: 'valid loadBalancerSourceRanges with spaces', tweak: (s) => { asLoadBalancer(s); s.spec.loadBalancerSourceRanges = [' 10.0.0.0/8 ', '192.168.0.0/16']; }, want: [] },

  // metadata
  { name: 'name is a DNS-1035 label', tweak: (s) => { s.metadata.name = '1web'; }, want: [`metadata.name: Invalid value: "1web": ${DNS1035_MSG}`] },
  { name: 'name with a dot', tweak: (s) => { s.metadata.name = 'web.shop'; }, want: [`metadata.name: Invalid value: "web.shop": ${DNS1035_MSG}`] },
  { name: 'missing namespace', tweak: (s) => { delete s.metadata.namespace; }, want: ['metadata.namespace: Required value'] },
  { name: 'topology annotations disagree', tweak: (s) => { s.metadata.annotations = { 'service.kubernetes.io/topology-mode': 'Auto', 'service.kubernetes.io/topology-aware-hints': 'Disabled' }; },
    want: ['metadata.annotations[service.kubernetes.io/topology-mode]: Invalid value: "Auto": must match annotations[service.kubernetes.io/topology-aware-hints] when both are specified'] },

  // type
  { name: 'unknown type', tweak: (s) => { s.spec.type = 'Nodeport' as never; }, want: ['spec.type: Unsupported value: "Nodeport": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"'] },

  // ports
  { name: 'no ports', tweak: (s) => { s.spec.ports = []; }, want: ['spec.ports: Required value'] },
  { name: 'missing names with two ports', tweak: (s) => { s.spec.ports = [{ port: 80 }, { port: 443 }]; }, want: ['spec.ports[0].name: Required value', 'spec.ports[1].name: Required value'] },
  { name: 'one unnamed port is fine', tweak: (s) => { delete s.spec.ports![0]!.name; }, want: [] },
  { name: 'port name is a DNS-1123 label', tweak: (s) => { s.spec.ports![0]!.name = 'HTTP'; }, want: [`spec.ports[0].name: Invalid value: "HTTP": ${LABEL_MSG}`] },
  { name: 'port name may be longer than 15 characters', tweak: (s) => { s.spec.ports![0]!.name = 'http-metrics-endpoint'; }, want: [] },
  { name: 'duplicate port names', tweak: (s) => { s.spec.ports = [{ name: 'http', port: 80 }, { name: 'http', port: 81 }]; }, want: ['spec.ports[1].name: Duplicate value: "http"'] },
  { name: 'port 0', tweak: (s) => { s.spec.ports![0]!.port = 0; s.spec.ports![0]!.targetPort = 80; }, want: ['spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive'] },
  { name: 'port too big and targetPort defaulted from it', tweak: (s) => { s.spec.ports![0]!.port = 65536; delete s.spec.ports![0]!.targetPort; },
    want: ['spec.ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive', 'spec.ports[0].targetPort: Invalid value: 65536: must be between 1 and 65535, inclusive'] },
  { name: 'targetPort 0 is defaulted to port', tweak: (s) => { s.spec.ports![0]!.targetPort = 0; }, want: [] },
  { name: 'targetPort out of range', tweak: (s) => { s.spec.ports![0]!.targetPort = 70000; }, want: ['spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive'] },
  { name: 'quoted numeric targetPort is a name', tweak: (s) => { s.spec.ports![0]!.targetPort = '8080'; }, want: ['spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)'] },
  { name: 'targetPort name too long', tweak: (s) => { s.spec.ports![0]!.targetPort = 'http-web-frontend'; }, want: ['spec.ports[0].targetPort: Invalid value: "http-web-frontend": must be no more than 15 characters'] },
  { name: 'lowercase protocol', tweak: (s) => { s.spec.ports![0]!.protocol = 'tcp' as never; }, want: ['spec.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"'] },
  { name: 'missing protocol is defaulted', tweak: (s) => { delete s.spec.ports![0]!.protocol; }, want: [] },
  { name: 'duplicate port and protocol', tweak: (s) => { s.spec.ports = [{ name: 'a', port: 80, protocol: 'TCP' }, { name: 'b', port: 80 }]; }, want: [`spec.ports[1]: Duplicate value: ${portKey('TCP', 80)}`] },
  { name: 'create service --tcp 80:80,443,443', tweak: (s) => { s.spec.ports = [{ name: '80-80', port: 80, targetPort: 80 }, { name: '443', port: 443 }, { name: '443', port: 443 }]; },
    want: ['spec.ports[2].name: Duplicate value: "443"', `spec.ports[2]: Duplicate value: ${portKey('TCP', 443)}`] },
  { name: 'appProtocol is a qualified name', tweak: (s) => { s.spec.ports![0]!.appProtocol = 'kubernetes.io/h2c'; }, want: [] },
  { name: 'bad appProtocol', tweak: (s) => { s.spec.ports![0]!.appProtocol = 'http 2'; },
    want: ["spec.ports[0].appProtocol: Invalid value: \"http 2\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"] },

  // nodePorts
  { name: 'nodePort on ClusterIP', tweak: (s) => { s.spec.ports![0]!.nodePort = 30080; }, want: ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"] },
  { name: 'duplicate nodePort', tweak: (s) => { asNodePort(s); s.spec.ports!.push({ name: 'https', protocol: 'TCP', port: 443, targetPort: 8443, nodePort: 30080 }); }, want: ['spec.ports[1].nodePort: Duplicate value: 30080'] },
  { name: 'same nodePort for TCP and UDP', tweak: (s) => { asNodePort(s); s.spec.ports!.push({ name: 'udp', protocol: 'UDP', port: 80, targetPort: 8080, nodePort: 30080 }); }, want: [] },

  // clusterIP
  { name: 'bad clusterIP is reported on clusterIPs[0]', tweak: (s) => { s.spec.clusterIP = '10.96.0.300'; delete s.spec.clusterIPs; },
    want: [`spec.clusterIPs[0]: Invalid value: "10.96.0.300": ${IP_MSG}`] },
  { name: 'clusterIPs[0] differs from clusterIP', tweak: (s) => { s.spec.clusterIPs = ['10.96.0.21']; },
    want: ['spec.clusterIPs: Invalid value: []string{"10.96.0.21"}: first value must match `clusterIP`'] },
  { name: 'clusterIPs without clusterIP', tweak: (s) => { delete s.spec.clusterIP; },
    want: ['spec.clusterIPs: Invalid value: []string{"10.96.0.20"}: must be empty when `clusterIP` is not specified'] },
  { name: 'None must be alone', tweak: (s) => { s.spec.clusterIP = 'None'; s.spec.clusterIPs = ['None', '10.96.0.20']; },
    want: ['spec.clusterIPs: Invalid value: []string{"None", "10.96.0.20"}: \'None\' must be the first and only value'] },
  { name: 'two IPv4 clusterIPs', tweak: (s) => { s.spec.clusterIPs = ['10.96.0.20', '10.96.0.21']; s.spec.ipFamilyPolicy = 'PreferDualStack'; },
    want: ['spec.clusterIPs: Invalid value: []string{"10.96.0.20", "10.96.0.21"}: may specify no more than one IP for each IP family'] },
  { name: 'three clusterIPs', tweak: (s) => { s.spec.clusterIPs = ['10.96.0.20', 'fd00::1', '10.96.0.22']; },
    want: ['spec.clusterIPs: Invalid value: []string{"10.96.0.20", "fd00::1", "10.96.0.22"}: may only hold up to 2 values'] },
  { name: 'clusterIP family differs from ipFamilies', tweak: (s) => { s.spec.ipFamilies = ['IPv6']; },
    want: ['spec.clusterIPs[0]: Invalid value: "10.96.0.20": expected an IPv6 value as indicated by `ipFamilies[0]`'] },
  { name: 'unknown and duplicate ipFamilies', tweak: (s) => { s.spec.ipFamilies = ['IPv4', 'IPv4', 'ipv6']; },
    want: ['spec.ipFamilies[1]: Duplicate value: "IPv4"', 'spec.ipFamilies[2]: Unsupported value: "ipv6": supported values: "IPv4", "IPv6"'] },
  { name: 'unknown ipFamilyPolicy', tweak: (s) => { s.spec.ipFamilyPolicy = 'DualStack'; },
    want: ['spec.ipFamilyPolicy: Unsupported value: "DualStack": supported values: "PreferDualStack", "RequireDualStack", "SingleStack"'] },
  { name: 'headless NodePort', tweak: (s) => { asNodePort(s); asHeadless(s); }, want: ['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for NodePort services'] },
  { name: 'headless LoadBalancer', tweak: (s) => { asLoadBalancer(s); asHeadless(s); }, want: ['spec.clusterIPs[0]: Invalid value: "None": may not be set to \'None\' for LoadBalancer services'] },

  // ExternalName
  { name: 'ExternalName without externalName', tweak: (s) => { asExternalName(s); delete s.spec.externalName; }, want: ['spec.externalName: Required value'] },
  { name: 'ExternalName that is only a dot', tweak: (s) => { asExternalName(s); s.spec.externalName = '.'; }, want: ['spec.externalName: Required value'] },
  { name: 'ExternalName with uppercase', tweak: (s) => { asExternalName(s); s.spec.externalName = 'DB.example.com'; }, want: [`spec.externalName: Invalid value: "DB.example.com": ${SUBDOMAIN_MSG}`] },
  { name: 'ExternalName with a URL', tweak: (s) => { asExternalName(s); s.spec.externalName = 'https://db.example.com'; }, want: [`spec.externalName: Invalid value: "https://db.example.com": ${SUBDOMAIN_MSG}`] },
  { name: 'ExternalName with a clusterIP', tweak: (s) => { asExternalName(s); s.spec.clusterIP = '10.96.0.30'; }, want: ['spec.clusterIPs: Forbidden: may not be set for ExternalName services'] },
  { name: 'ExternalName with a malformed clusterIP is only Forbidden', tweak: (s) => { asExternalName(s); s.spec.clusterIP = 'abc'; }, want: ['spec.clusterIPs: Forbidden: may not be set for ExternalName services'] },
  { name: 'ExternalName with families', tweak: (s) => { asExternalName(s); s.spec.ipFamilies = ['IPv4']; s.spec.ipFamilyPolicy = 'SingleStack'; },
    want: ['spec.ipFamilies: Forbidden: may not be set for ExternalName services', 'spec.ipFamilyPolicy: Forbidden: may not be set for ExternalName services'] },

  // selector
  { name: 'selector value with a space', tweak: (s) => { s.spec.selector = { app: 'web app' }; }, want: [`spec.selector: Invalid value: "web app": ${VALUE_MSG}`] },

  // sessionAffinity
  { name: 'unknown sessionAffinity', tweak: (s) => { s.spec.sessionAffinity = 'Cookie' as never; }, want: ['spec.sessionAffinity: Unsupported value: "Cookie": supported values: "ClientIP", "None"'] },
  { name: 'ClientIP without config gets the default timeout', tweak: (s) => { s.spec.sessionAffinity = 'ClientIP'; }, want: [] },
  { name: 'ClientIP timeout 0', tweak: (s) => { s.spec.sessionAffinity = 'ClientIP'; s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 0 } }; },
    want: ['spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 0: must be greater than 0 and less than 86400'] },
  { name: 'ClientIP timeout too long', tweak: (s) => { s.spec.sessionAffinity = 'ClientIP'; s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 86401 } }; },
    want: ['spec.sessionAffinityConfig.clientIP.timeoutSeconds: Invalid value: 86401: must be greater than 0 and less than 86400'] },
  { name: 'config with None affinity is dropped by defaulting', tweak: (s) => { s.spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: 0 } }; }, want: [] },

  // externalIPs
  { name: 'bad externalIP', tweak: (s) => { s.spec.externalIPs = ['203.0.113'] ; }, want: [`spec.externalIPs[0]: Invalid value: "203.0.113": ${IP_MSG}`] },
  { name: 'loopback externalIP', tweak: (s) => { s.spec.externalIPs = ['10.0.0.1', '127.0.0.1']; }, want: ['spec.externalIPs[1]: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)'] },

  // loadBalancerSourceRanges
  { name: 'source ranges on NodePort', tweak: (s) => { asNodePort(s); s.spec.loadBalancerSourceRanges = ['10.0.0.0/8']; },
    want: ["spec.LoadBalancerSourceRanges: Forbidden: may only be used when `type` is 'LoadBalancer'"] },
  { name: 'bad source range', tweak: (s) => { asLoadBalancer(s); s.spec.loadBalancerSourceRanges = ['10.0.0.0/8', '10.0.0.1']; },
    want: ['spec.LoadBalancerSourceRanges[1]: Invalid value: "10.0.0.1": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'] },
  { name: 'source range annotation', tweak: (s) => { asLoadBalancer(s); s.metadata.annotations = { 'service.beta.kubernetes.io/load-balancer-source-ranges': '10.0.0.0/8, 1.2.3.4/40' }; },
    want: ['metadata.annotations[service.beta.kubernetes.io/load-balancer-source-ranges]: Invalid value: "1.2.3.4/40": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)'] },

  // LoadBalancer-only fields
  { name: 'allocateLoadBalancerNodePorts on ClusterIP', tweak: (s) => { s.spec.allocateLoadBalancerNodePorts = false; },
    want: ["spec.allocateLoadBalancerNodePorts: Forbidden: may only be used when `type` is 'LoadBalancer'"] },
  { name: 'loadBalancerClass on NodePort', tweak: (s) => { asNodePort(s); s.spec.loadBalancerClass = 'example.com/lb'; },
    want: ["spec.loadBalancerClass: Forbidden: may only be used when `type` is 'LoadBalancer'"] },

  // traffic policies
  { name: 'externalTrafficPolicy on ClusterIP', tweak: (s) => { s.spec.externalTrafficPolicy = 'Local'; },
    want: ['spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services'] },
  { name: 'unknown externalTrafficPolicy', tweak: (s) => { asNodePort(s); s.spec.externalTrafficPolicy = 'local' as never; },
    want: ['spec.externalTrafficPolicy: Unsupported value: "local": supported values: "Cluster", "Local"'] },
  { name: 'healthCheckNodePort without Local', tweak: (s) => { asLoadBalancer(s); s.spec.healthCheckNodePort = 31000; },
    want: ["spec.healthCheckNodePort: Invalid value: 31000: may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"] },
  { name: 'unknown internalTrafficPolicy', tweak: (s) => { s.spec.internalTrafficPolicy = 'Node' as never; },
    want: ['spec.internalTrafficPolicy: Unsupported value: "Node": supported values: "Cluster", "Local"'] },
  { name: 'unknown trafficDistribution', tweak: (s) => { s.spec.trafficDistribution = 'PreferSameZone'; },
    want: ['spec.trafficDistribution: Unsupported value: "PreferSameZone": supported values: "PreferClose"'] },

  // status (as a load-balancer controller would write it)
  { name: 'status ingress on a ClusterIP Service', tweak: (s) => { s.status = { loadBalancer: { ingress: [{ ip: '203.0.113.9' }] } }; },
    want: ["status.loadBalancer.ingress: Forbidden: may only be used when `spec.type` is 'LoadBalancer'"] },
  { name: 'bad status ingress ip and hostname', tweak: (s) => { asLoadBalancer(s); s.status = { loadBalancer: { ingress: [{ ip: '203.0.113' }, { hostname: '203.0.113.9' }] } }; },
    want: [`status.loadBalancer.ingress[0].ip: Invalid value: "203.0.113": ${IP_MSG}`, 'status.loadBalancer.ingress[1].hostname: Invalid value: "203.0.113.9": must be a DNS name, not an IP address'] },

  // several at once, in the API server's order
  { name: 'errors come in ValidateService order', tweak: (s) => { s.metadata.name = 'Web'; s.spec.type = 'ClusterIP'; s.spec.ports = [{ port: 0, nodePort: 30000 }, { port: 80, targetPort: 'x--y' }]; s.spec.externalIPs = ['::1']; },
    want: [
      `metadata.name: Invalid value: "Web": ${DNS1035_MSG}`,
      'spec.ports[0].name: Required value',
      'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive',
      'spec.ports[1].name: Required value',
      'spec.ports[1].targetPort: Invalid value: "x--y": must not contain consecutive hyphens',
      'spec.externalIPs[0]: Invalid value: "::1": may not be in the loopback range (127.0.0.0/8, ::1/128)',
      "spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'",
    ] },
];
for (const c of cases) {
  test(`ValidateService: ${c.name}`, (t) => {
    t.deepEqual(validateService(makeService(c.tweak)).map(formatFieldError), c.want);
  });
}

// SetDefaults_Service (pkg/apis/core/v1/defaults.go) and normalizeClusterIPs (service strategy):
// what validation assumes the API server has filled in.
test('applyServiceDefaults fills what the API server defaults', (t) => {
  const s = applyServiceDefaults({ kind: 'Service', metadata: { name: 'web' }, spec: { type: 'NodePort', clusterIP: '10.96.0.5', ports: [{ port: 80 }] } });
  t.deepEqual(s.spec, {
    type: 'NodePort', sessionAffinity: 'None', clusterIP: '10.96.0.5', clusterIPs: ['10.96.0.5'],
    ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
    externalTrafficPolicy: 'Cluster', internalTrafficPolicy: 'Cluster',
  });
  const lb = applyServiceDefaults({ kind: 'Service', metadata: { name: 'web' }, spec: { type: 'LoadBalancer', sessionAffinity: 'ClientIP' } });
  t.is(lb.spec.allocateLoadBalancerNodePorts, true);
  t.deepEqual(lb.spec.sessionAffinityConfig, { clientIP: { timeoutSeconds: 10800 } });
});

test('a bare Service as written by hand validates once defaulted', (t) => {
  t.deepEqual(validateService({ kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }] } }), []);
});

// The registry runs ValidateServiceClusterIPsRelatedFields before allocating (initIPFamilyFields),
// so a bad clusterIP comes back on its own.
test('ValidateServiceClusterIPsRelatedFields alone', (t) => {
  const s = makeService((x) => { x.metadata.name = 'Bad'; x.spec.clusterIP = 'abc'; delete x.spec.clusterIPs; });
  t.deepEqual(validateServiceClusterIPsRelatedFields(s).map(formatFieldError), [`spec.clusterIPs[0]: Invalid value: "abc": ${IP_MSG}`]);
  t.deepEqual(validateServiceClusterIPsRelatedFields(makeService(asExternalName)), []);
});
