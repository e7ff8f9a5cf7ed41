import test from 'ava';
import { formatFieldError } from '../../../source/sim/field.js';
import type { Pod } from '../../../source/sim/types.js';
import { validatePod } from '../../../source/sim/validation/pod.js';

const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

function makePod(tweak: (p: Pod) => void = () => {}): Pod {
  const p: Pod = {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-0', namespace: 'shop', labels: { app: 'web' } },
    spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80, protocol: 'TCP' }] }] },
  };
  tweak(p);
  return p;
}
const ports = (p: Pod, i = 0) => p.spec.containers[i]!.ports!;

// From TestValidatePodCreate / TestValidateContainers / TestValidateContainerPorts in
// pkg/apis/core/validation/validation_test.go, limited to what this domain trips.
const cases: Array<{ name: string; tweak: (p: Pod) => void; want: string[] }> = [
  { name: 'valid', tweak: () => {}, want: [] },
  { name: 'valid two containers, same port name in each (allowed)', tweak: (p) => { p.spec.containers.push({ name: 'sidecar', image: 'envoy', ports: [{ name: 'http', containerPort: 8080 }] }); }, want: [] },
  { name: 'valid hostname and subdomain', tweak: (p) => { p.spec.hostname = 'web-0'; p.spec.subdomain = 'web'; }, want: [] },
  { name: 'valid pod IP status', tweak: (p) => { p.status = { podIP: '10.244.1.7' }; }, want: [] },
  { name: 'valid dual-stack pod IPs', tweak: (p) => { p.status = { podIPs: [{ ip: '10.244.1.7' }, { ip: 'fd00::7' }] }; }, want: [] },
  { name: 'bad pod name', tweak: (p) => { p.metadata.name = 'Web_0'; }, want: [`metadata.name: Invalid value: "Web_0": ${SUBDOMAIN_MSG}`] },
  { name: 'no containers', tweak: (p) => { p.spec.containers = []; }, want: ['spec.containers: Required value'] },
  { name: 'container without name and image', tweak: (p) => { p.spec.containers = [{} as never]; }, want: ['spec.containers[0].name: Required value', 'spec.containers[0].image: Required value'] },
  { name: 'bad container name', tweak: (p) => { p.spec.containers[0]!.name = 'Nginx'; }, want: [`spec.containers[0].name: Invalid value: "Nginx": ${LABEL_MSG}`] },
  { name: 'duplicate container names (after the second one\'s own checks)', tweak: (p) => { p.spec.containers.push({ name: 'nginx', image: 'nginx', ports: [{ containerPort: 0 }] }); },
    want: ['spec.containers[1].ports[0].containerPort: Required value', 'spec.containers[1].name: Duplicate value: "nginx"'] },
  { name: 'containerPort out of range', tweak: (p) => { ports(p)[0]!.containerPort = 65536; }, want: ['spec.containers[0].ports[0].containerPort: Invalid value: 65536: must be between 1 and 65535, inclusive'] },
  { name: 'containerPort negative', tweak: (p) => { ports(p)[0]!.containerPort = -1; }, want: ['spec.containers[0].ports[0].containerPort: Invalid value: -1: must be between 1 and 65535, inclusive'] },
  { name: 'port name too long', tweak: (p) => { ports(p)[0]!.name = 'http-web-frontend'; }, want: ['spec.containers[0].ports[0].name: Invalid value: "http-web-frontend": must be no more than 15 characters'] },
  { name: 'numeric port name', tweak: (p) => { ports(p)[0]!.name = '80'; }, want: ['spec.containers[0].ports[0].name: Invalid value: "80": must contain at least one letter (a-z)'] },
  { name: 'uppercase port name', tweak: (p) => { ports(p)[0]!.name = 'HTTP'; }, want: [
    'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    'spec.containers[0].ports[0].name: Invalid value: "HTTP": must contain at least one letter (a-z)',
  ] },
  { name: 'duplicate port names in one container', tweak: (p) => { ports(p).push({ name: 'http', containerPort: 8080 }); }, want: ['spec.containers[0].ports[1].name: Duplicate value: "http"'] },
  { name: 'an invalid name is not also a duplicate', tweak: (p) => { ports(p)[0]!.name = 'Http'; ports(p).push({ name: 'Http', containerPort: 8080 }); },
    want: [
      'spec.containers[0].ports[0].name: Invalid value: "Http": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      'spec.containers[0].ports[1].name: Invalid value: "Http": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
    ] },
  { name: 'bad protocol', tweak: (p) => { ports(p)[0]!.protocol = 'http' as never; }, want: ['spec.containers[0].ports[0].protocol: Unsupported value: "http": supported values: "SCTP", "TCP", "UDP"'] },
  { name: 'hostPort out of range', tweak: (p) => { ports(p)[0]!.hostPort = 70000; }, want: ['spec.containers[0].ports[0].hostPort: Invalid value: 70000: must be between 1 and 65535, inclusive'] },
  { name: 'hostPort clash across containers', tweak: (p) => { ports(p)[0]!.hostPort = 8080; p.spec.containers.push({ name: 'b', image: 'b', ports: [{ containerPort: 81, hostPort: 8080 }] }); },
    want: ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'] },
  { name: 'same hostPort for UDP is fine', tweak: (p) => { ports(p)[0]!.hostPort = 8080; p.spec.containers.push({ name: 'b', image: 'b', ports: [{ containerPort: 81, hostPort: 8080, protocol: 'UDP' }] }); }, want: [] },
  { name: 'hostNetwork pod with a different hostPort', tweak: (p) => { p.spec.hostNetwork = true; ports(p)[0]!.hostPort = 8080; },
    want: ['spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true'] },
  { name: 'hostNetwork pod: hostPort defaults to containerPort', tweak: (p) => { p.spec.hostNetwork = true; }, want: [] },
  { name: 'init container named like a container', tweak: (p) => { p.spec.initContainers = [{ name: 'nginx', image: 'busybox' }]; }, want: ['spec.initContainers[0].name: Duplicate value: "nginx"'] },
  { name: 'bad restartPolicy', tweak: (p) => { p.spec.restartPolicy = 'Sometimes'; }, want: ['spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"'] },
  { name: 'bad dnsPolicy', tweak: (p) => { p.spec.dnsPolicy = 'ClusterFirstWithHostNetwork'; },
    want: ['spec.dnsPolicy: Unsupported value: "ClusterFirstWithHostNetwork": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"'] },
  { name: 'bad nodeName', tweak: (p) => { p.spec.nodeName = 'Node_1'; }, want: [`spec.nodeName: Invalid value: "Node_1": ${SUBDOMAIN_MSG}`] },
  { name: 'hostname with dots', tweak: (p) => { p.spec.hostname = 'web.0'; }, want: ['spec.hostname: Invalid value: "web.0": must not contain dots'] },
  { name: 'bad subdomain', tweak: (p) => { p.spec.subdomain = 'Web'; }, want: [`spec.subdomain: Invalid value: "Web": ${LABEL_MSG}`] },
  { name: 'bad nodeSelector', tweak: (p) => { p.spec.nodeSelector = { 'disk type': 'ssd' }; },
    want: ["spec.nodeSelector: Invalid value: \"disk type\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"] },
  { name: 'bad podIP', tweak: (p) => { p.status = { podIP: 'httpbin.org' }; }, want: [`status.podIPs[0]: Invalid value: "httpbin.org": ${IP_MSG}`] },
  { name: 'two IPv4 pod IPs', tweak: (p) => { p.status = { podIPs: [{ ip: '10.244.1.7' }, { ip: '10.244.1.7' }] }; },
    want: [
      'status.podIPs: Invalid value: []core.PodIP{core.PodIP{IP:"10.244.1.7"}, core.PodIP{IP:"10.244.1.7"}}: may specify no more than one IP for each IP family',
      'status.podIPs[1]: Duplicate value: core.PodIP{IP:"10.244.1.7"}',
    ] },
];
for (const c of cases) {
  test(`ValidatePod: ${c.name}`, (t) => {
    t.deepEqual(validatePod(makePod(c.tweak)).map(formatFieldError), c.want);
  });
}
