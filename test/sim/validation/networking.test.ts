// Tables in the shape of pkg/apis/networking/validation/validation_test.go: input, then the lines
// the API server (v1.32) prints for it (`kubectl create` shows them after "is invalid: ").
import test from 'ava';
import { formatFieldError } from '../../../source/sim/field.js';
import type { KObject } from '../../../source/sim/types.js';
import { validateNetworkingObject } from '../../../source/sim/validation/networking.js';

const SUBDOMAIN = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const WILDCARD = "a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035 = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const LABEL_VALUE = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

type Case = { name: string; obj: KObject; want: string[] };

function run(section: string, cases: Case[]): void {
  for (const c of cases) {
    test(`${section}: ${c.name}`, (t) => {
      t.deepEqual(validateNetworkingObject(c.obj).map(formatFieldError), c.want);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Ingress (ValidateIngressCreate)
const svc = (name = 'web', port: Record<string, unknown> = { number: 80 }) => ({ service: { name, port } });
const ing = (spec: Record<string, unknown>, meta: Record<string, unknown> = {}): KObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web', namespace: 'shop', ...meta }, spec });
const onePath = (p: Record<string, unknown>, host?: string): Record<string, unknown> => ({ rules: [{ ...(host !== undefined ? { host } : {}), http: { paths: [p] } }] });
const P = 'spec.rules[0].http.paths[0]';

run('Ingress', [
  { name: 'valid: host, Prefix path, service port number', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc() }, 'shop.example.com')), want: [] },
  { name: 'valid: defaultBackend only', obj: ing({ defaultBackend: svc('web', { name: 'http' }) }), want: [] },
  { name: 'valid: wildcard host, ImplementationSpecific with empty path', obj: ing(onePath({ pathType: 'ImplementationSpecific', backend: svc() }, '*.shop.example.com')), want: [] },
  { name: 'neither rules nor defaultBackend (Go prints the nil slice with %#v)', obj: ing({}), want: ['spec: Invalid value: []networking.IngressRule(nil): either `defaultBackend` or `rules` must be specified'] },
  { name: 'rules: [] and no defaultBackend', obj: ing({ rules: [] }), want: ['spec: Invalid value: []networking.IngressRule{}: either `defaultBackend` or `rules` must be specified'] },
  { name: 'pathType is required (and the backend is then not checked)', obj: ing(onePath({ path: '/', backend: {} })), want: [`${P}.pathType: Required value: pathType must be specified`] },
  { name: 'unsupported pathType', obj: ing(onePath({ path: '/', pathType: 'Regex', backend: svc() })), want: [`${P}.pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"`] },
  { name: 'Prefix path must be absolute', obj: ing(onePath({ path: 'api', pathType: 'Prefix', backend: svc() })), want: [`${P}.path: Invalid value: "api": must be an absolute path`] },
  { name: 'Exact path must be absolute, even when empty', obj: ing(onePath({ path: '', pathType: 'Exact', backend: svc() })), want: [`${P}.path: Invalid value: "": must be an absolute path`] },
  { name: 'Exact path with // and %2F', obj: ing(onePath({ path: '/a//b%2Fc', pathType: 'Exact', backend: svc() })), want: [`${P}.path: Invalid value: "/a//b%2Fc": must not contain '//'`, `${P}.path: Invalid value: "/a//b%2Fc": must not contain '%2F'`] },
  { name: 'Prefix path with /./ and ending in /..', obj: ing(onePath({ path: '/a/./b/..', pathType: 'Prefix', backend: svc() })), want: [`${P}.path: Invalid value: "/a/./b/..": must not contain '/./'`, `${P}.path: Invalid value: "/a/./b/..": cannot end with '/..'`] },
  { name: 'ImplementationSpecific path is only checked for a leading slash', obj: ing(onePath({ path: '/a//(.*)', pathType: 'ImplementationSpecific', backend: svc() })), want: [] },
  { name: 'ImplementationSpecific relative path', obj: ing(onePath({ path: 'a', pathType: 'ImplementationSpecific', backend: svc() })), want: [`${P}.path: Invalid value: "a": must be an absolute path`] },
  { name: 'host may not be an IP', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc() }, '10.0.0.1')), want: ['spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address'] },
  { name: 'host must be a lowercase DNS subdomain', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc() }, 'Shop.example.com')), want: [`spec.rules[0].host: Invalid value: "Shop.example.com": ${SUBDOMAIN}`] },
  { name: 'wildcard only as the whole first label', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc() }, 'shop.*.com')), want: [`spec.rules[0].host: Invalid value: "shop.*.com": ${WILDCARD}`] },
  { name: 'two wildcards', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc() }, '*.*.example.com')), want: [`spec.rules[0].host: Invalid value: "*.*.example.com": ${WILDCARD}`] },
  { name: 'http without paths', obj: ing({ rules: [{ host: 'a.example', http: { paths: [] } }] }), want: ['spec.rules[0].http.paths: Required value'] },
  { name: 'backend: service and resource', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: { ...svc(), resource: { kind: 'Bucket', name: 'b' } } })), want: [`${P}.backend: Invalid value: "": cannot set both resource and service backends`] },
  { name: 'backend: neither', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: {} })), want: [`${P}.backend: Invalid value: "": resource or service backend is required`] },
  { name: 'backend: service name is a DNS-1035 label', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc('1web') })), want: [`${P}.backend.service.name: Invalid value: "1web": ${DNS1035}`] },
  { name: 'backend: service name required', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc('') })), want: [`${P}.backend.service.name: Required value`] },
  { name: 'backend: port name and number', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc('web', { name: 'http', number: 80 }) })), want: [`${P}.backend: Invalid value: "": cannot set both port name & port number`] },
  { name: 'backend: no port', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc('web', {}) })), want: [`${P}.backend: Required value: port name or number is required`] },
  { name: 'backend: port number out of range', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc('web', { number: 70000 }) })), want: [`${P}.backend.service.port.number: Invalid value: 70000: must be between 1 and 65535, inclusive`] },
  { name: 'backend: port name is an IANA_SVC_NAME', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: svc('web', { name: 'web_http' }) })), want: [`${P}.backend.service.port.name: Invalid value: "web_http": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)`] },
  { name: 'backend: resource needs kind and name', obj: ing(onePath({ path: '/', pathType: 'Prefix', backend: { resource: { apiGroup: 'k8s.example.com', name: 'a/b' } } })), want: [`${P}.backend.resource.kind: Required value`, `${P}.backend.resource.name: Invalid value: "a/b": may not contain '/'`] },
  { name: 'defaultBackend is validated on its own path', obj: ing({ defaultBackend: svc('web', { number: 0, name: '' }) }), want: ['spec.defaultBackend: Required value: port name or number is required'] },
  {
    name: 'tls hosts and secretName',
    obj: ing({ defaultBackend: svc(), tls: [{ hosts: ['ok.example', '*.*.example'], secretName: 'Shop_TLS' }] }),
    want: [`spec.tls[0].hosts[1]: Invalid value: "*.*.example": ${WILDCARD}`, `spec.tls[0].secretName: Invalid value: "Shop_TLS": ${SUBDOMAIN}`],
  },
  { name: 'ingressClassName is a DNS subdomain', obj: ing({ defaultBackend: svc(), ingressClassName: 'Nginx' }), want: [`spec.ingressClassName: Invalid value: "Nginx": ${SUBDOMAIN}`] },
  {
    name: 'class annotation that differs from ingressClassName (field annotations.kubernetes.io/ingress.class)',
    obj: ing({ defaultBackend: svc(), ingressClassName: 'nginx' }, { annotations: { 'kubernetes.io/ingress.class': 'traefik' } }),
    want: ['annotations.kubernetes.io/ingress.class: Invalid value: "traefik": must match `ingressClassName` when both are specified'],
  },
  { name: 'class annotation equal to ingressClassName is fine (v1.27+)', obj: ing({ defaultBackend: svc(), ingressClassName: 'nginx' }, { annotations: { 'kubernetes.io/ingress.class': 'nginx' } }), want: [] },
  { name: 'metadata.name is a DNS subdomain', obj: ing({ defaultBackend: svc() }, { name: 'Web_1' }), want: [`metadata.name: Invalid value: "Web_1": ${SUBDOMAIN}`] },
  { name: 'metadata.name is required', obj: ing({ defaultBackend: svc() }, { name: undefined }), want: ['metadata.name: Required value: name or generateName is required'] },
  { name: 'metadata.labels values', obj: ing({ defaultBackend: svc() }, { labels: { app: 'bad value' } }), want: [`metadata.labels: Invalid value: "bad value": ${LABEL_VALUE}`] },
]);

// ---------------------------------------------------------------------------------------------
// IngressClass (ValidateIngressClass)
const ic = (spec: Record<string, unknown>): KObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec });

run('IngressClass', [
  { name: 'valid', obj: ic({ controller: 'k8s.io/ingress-nginx' }), want: [] },
  { name: 'valid: namespaced parameters', obj: ic({ controller: 'example.com/lb', parameters: { apiGroup: 'k8s.example.com', kind: 'Params', name: 'p', scope: 'Namespace', namespace: 'infra' } }), want: [] },
  { name: 'controller is required', obj: ic({}), want: ['spec.controller: Required value'] },
  { name: 'controller must be domain-prefixed', obj: ic({ controller: 'nginx' }), want: ['spec.controller: Invalid value: "nginx": must be a domain-prefixed path (such as "acme.io/foo")'] },
  { name: 'controller domain must be a DNS subdomain', obj: ic({ controller: 'Example.com/lb' }), want: [`spec.controller: Invalid value: "Example.com": ${SUBDOMAIN}`] },
  { name: 'controller path characters', obj: ic({ controller: 'example.com/my lb' }), want: ["spec.controller: Invalid value: \"my lb\": Invalid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')"] },
  { name: 'controller at most 250 bytes', obj: ic({ controller: 'example.com/' + 'a'.repeat(239) }), want: ['spec.controller: Too long: may not be more than 250 bytes'] },
  { name: 'parameters: kind required, name a path segment', obj: ic({ controller: 'example.com/lb', parameters: { name: '..' } }), want: ['spec.parameters.kind: Required value', "spec.parameters.name: Invalid value: \"..\": may not be '..'"] },
  { name: "parameters: scope 'Namespace' needs a namespace", obj: ic({ controller: 'example.com/lb', parameters: { kind: 'P', name: 'p', scope: 'Namespace' } }), want: ["spec.parameters.namespace: Required value: `parameters.scope` is set to 'Namespace'"] },
  { name: 'parameters: scope defaults to Cluster, which forbids a namespace', obj: ic({ controller: 'example.com/lb', parameters: { kind: 'P', name: 'p', namespace: 'infra' } }), want: ["spec.parameters.namespace: Forbidden: `parameters.scope` is set to 'Cluster'"] },
  { name: 'parameters: unsupported scope', obj: ic({ controller: 'example.com/lb', parameters: { kind: 'P', name: 'p', scope: 'Global' } }), want: ['spec.parameters.scope: Unsupported value: "Global": supported values: "Cluster", "Namespace"'] },
]);

// ---------------------------------------------------------------------------------------------
// NetworkPolicy (ValidateNetworkPolicy)
const np = (spec: Record<string, unknown>): KObject => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'p', namespace: 'shop' }, spec });
const ingressPorts = (...ports: Array<Record<string, unknown>>) => np({ podSelector: {}, ingress: [{ ports }] });

run('NetworkPolicy', [
  { name: 'valid: deny all', obj: np({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] }), want: [] },
  {
    name: 'valid: peers, ports, ipBlock, endPort',
    obj: np({
      podSelector: { matchLabels: { app: 'db' } },
      ingress: [{ from: [{ podSelector: { matchLabels: { app: 'web' } }, namespaceSelector: {} }, { ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 5432 }, { port: 'metrics', protocol: 'TCP' }, { port: 30000, endPort: 32767 }] }],
    }),
    want: [],
  },
  { name: "from: [{}] — 'must specify a peer'", obj: np({ podSelector: {}, ingress: [{ from: [{}] }] }), want: ['spec.ingress[0].from[0]: Required value: must specify a peer'] },
  { name: 'egress to: [{}]', obj: np({ podSelector: {}, egress: [{ to: [{}] }] }), want: ['spec.egress[0].to[0]: Required value: must specify a peer'] },
  { name: 'ipBlock with another peer', obj: np({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8' }, podSelector: {} }] }] }), want: ['spec.ingress[0].from[0]: Forbidden: may not specify both ipBlock and another peer'] },
  { name: 'ipBlock cidr required', obj: np({ podSelector: {}, ingress: [{ from: [{ ipBlock: {} }] }] }), want: ['spec.ingress[0].from[0].ipBlock.cidr: Required value'] },
  { name: 'ipBlock cidr invalid', obj: np({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/33' } }] }] }), want: ['spec.ingress[0].from[0].ipBlock.cidr: Invalid value: "10.0.0.0/33": not a valid CIDR'] },
  { name: 'ipBlock except outside the cidr, and equal to it', obj: np({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['192.168.0.0/16', '10.0.0.0/8'] } }] }] }), want: ['spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "192.168.0.0/16": must be a strict subset of `cidr`', 'spec.ingress[0].from[0].ipBlock.except[1]: Invalid value: "10.0.0.0/8": must be a strict subset of `cidr`'] },
  { name: 'ipBlock: the first invalid except stops the check', obj: np({ podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0', '192.168.0.0/16'] } }] }] }), want: ['spec.ingress[0].from[0].ipBlock.except[0]: Invalid value: "10.1.0.0": not a valid CIDR'] },
  { name: 'port 0', obj: ingressPorts({ port: 0 }), want: ['spec.ingress[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive'] },
  { name: 'port name', obj: ingressPorts({ port: 'Serve_80' }), want: ['spec.ingress[0].ports[0].port: Invalid value: "Serve_80": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'] },
  { name: 'a quoted number is a port name', obj: ingressPorts({ port: '80' }), want: ['spec.ingress[0].ports[0].port: Invalid value: "80": must contain at least one letter (a-z)'] },
  { name: 'protocol', obj: ingressPorts({ port: 80, protocol: 'ICMP' }), want: ['spec.ingress[0].ports[0].protocol: Unsupported value: "ICMP": supported values: "TCP", "UDP", "SCTP"'] },
  { name: 'endPort below port (v1.32 reports the port as the value)', obj: ingressPorts({ port: 32000, endPort: 31000 }), want: ['spec.ingress[0].ports[0].endPort: Invalid value: 32000: must be greater than or equal to `port`'] },
  { name: 'endPort out of range', obj: ingressPorts({ port: 32000, endPort: 70000 }), want: ['spec.ingress[0].ports[0].endPort: Invalid value: 70000: must be between 1 and 65535, inclusive'] },
  { name: 'endPort with a named port', obj: ingressPorts({ port: 'http', endPort: 8080 }), want: ['spec.ingress[0].ports[0].endPort: Invalid value: 8080: may not be specified when `port` is non-numeric'] },
  { name: 'endPort without port', obj: ingressPorts({ endPort: 8080 }), want: ['spec.ingress[0].ports[0].endPort: Invalid value: 8080: may not be specified when `port` is not specified'] },
  { name: 'unsupported policyType', obj: np({ podSelector: {}, policyTypes: ['Ingress', 'Everything'] }), want: ['spec.policyTypes[1]: Unsupported value: "Everything": supported values: "Ingress", "Egress"'] },
  {
    name: 'podSelector expressions: operator, values',
    obj: np({ podSelector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['x'] }, { key: 'tier', operator: 'In' }, { key: 'env', operator: 'Exists', values: ['prod'] }] } }),
    want: [
      'spec.podSelector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator',
      "spec.podSelector.matchExpressions[1].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      "spec.podSelector.matchExpressions[2].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
    ],
  },
  { name: 'namespaceSelector label values', obj: np({ podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'a b' } } }] }] }), want: [`spec.ingress[0].from[0].namespaceSelector.matchLabels: Invalid value: "a b": ${LABEL_VALUE}`] },
]);

test('NetworkPolicy: more than two policyTypes (Go prints the slice with %#v; JSON keeps the list)', (t) => {
  const errs = validateNetworkingObject(np({ podSelector: {}, policyTypes: ['Ingress', 'Egress', 'Ingress'] }));
  t.deepEqual(errs.map(formatFieldError), ['spec.policyTypes: Invalid value: []networking.PolicyType{"Ingress", "Egress", "Ingress"}: may not specify more than two policyTypes']);
  t.is(JSON.stringify(errs[0]!.value), '["Ingress","Egress","Ingress"]');
});

test('other kinds are not validated here', (t) => {
  t.deepEqual(validateNetworkingObject({ kind: 'Service', metadata: { name: 'Bad_Name' } }), []);
});

test('{ metadata: false } leaves ObjectMeta to the caller', (t) => {
  t.deepEqual(validateNetworkingObject(ing({ defaultBackend: svc() }, { name: 'Web_1' }), { metadata: false }), []);
});
