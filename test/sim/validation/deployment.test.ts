import test from 'ava';
import { formatFieldError } from '../../../source/sim/field.js';
import type { Deployment, ReplicaSet } from '../../../source/sim/types.js';
import { validateDeployment, validateReplicaSet } from '../../../source/sim/validation/deployment.js';

const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const MISMATCH = '`selector` does not match template `labels`';

function makeDeployment(tweak: (d: Deployment) => void = () => {}): Deployment {
  const d: Deployment = {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop' },
    spec: {
      replicas: 3, selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web', tier: 'front' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }] }] } },
    },
  };
  tweak(d);
  return d;
}

// From TestValidateDeployment in pkg/apis/apps/validation/validation_test.go (v1.32).
const cases: Array<{ name: string; tweak: (d: Deployment) => void; want: string[] }> = [
  { name: 'valid', tweak: () => {}, want: [] },
  { name: 'valid replicas 0', tweak: (d) => { d.spec.replicas = 0; }, want: [] },
  { name: 'valid replicas omitted (defaults to 1)', tweak: (d) => { delete d.spec.replicas; }, want: [] },
  { name: 'valid matchExpressions', tweak: (d) => { d.spec.selector = { matchExpressions: [{ key: 'tier', operator: 'In', values: ['front', 'back'] }, { key: 'canary', operator: 'DoesNotExist' }] }; }, want: [] },
  { name: 'negative replicas', tweak: (d) => { d.spec.replicas = -1; }, want: ['spec.replicas: Invalid value: -1: must be greater than or equal to 0'] },
  { name: 'bad name', tweak: (d) => { d.metadata.name = 'Web'; }, want: [`metadata.name: Invalid value: "Web": ${SUBDOMAIN_MSG}`] },
  { name: 'selector does not match template labels', tweak: (d) => { d.spec.selector = { matchLabels: { app: 'api' } }; },
    want: [`spec.template.metadata.labels: Invalid value: map[string]string{"app":"web", "tier":"front"}: ${MISMATCH}`] },
  { name: 'template without labels', tweak: (d) => { delete d.spec.template.metadata; },
    want: [`spec.template.metadata.labels: Invalid value: map[string]string(nil): ${MISMATCH}`] },
  { name: 'missing selector is Required and selects nothing', tweak: (d) => { delete (d.spec as Partial<Deployment['spec']>).selector; },
    want: ['spec.selector: Required value', `spec.template.metadata.labels: Invalid value: map[string]string{"app":"web", "tier":"front"}: ${MISMATCH}`] },
  { name: 'empty selector', tweak: (d) => { d.spec.selector = {}; },
    want: ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment'] },
  { name: 'empty matchLabels', tweak: (d) => { d.spec.selector = { matchLabels: {} }; },
    want: ['spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment'] },
  { name: 'NotIn matching the template is a mismatch', tweak: (d) => { d.spec.selector = { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['front'] }] }; },
    want: [`spec.template.metadata.labels: Invalid value: map[string]string{"app":"web", "tier":"front"}: ${MISMATCH}`] },
  { name: 'invalid selector value', tweak: (d) => { d.spec.selector = { matchLabels: { app: 'web app' } }; },
    want: [
      `spec.selector.matchLabels: Invalid value: "web app": ${VALUE_MSG}`,
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"app":"web app"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: invalid label selector',
    ] },
  { name: 'In without values', tweak: (d) => { d.spec.selector = { matchExpressions: [{ key: 'app', operator: 'In' }] }; },
    want: [
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"app", Operator:"In", Values:[]string(nil)}}}: invalid label selector',
    ] },
  { name: 'bad template label is reported on spec.template.labels', tweak: (d) => { d.spec.template.metadata!.labels!.tier = 'front end'; d.spec.selector = { matchLabels: { app: 'web' } }; },
    want: [`spec.template.labels: Invalid value: "front end": ${VALUE_MSG}`] },
  { name: 'template container errors', tweak: (d) => { d.spec.template.spec.containers[0]!.ports = [{ name: 'web_http', containerPort: 80 }]; },
    want: ['spec.template.spec.containers[0].ports[0].name: Invalid value: "web_http": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'] },
  { name: 'template without containers', tweak: (d) => { d.spec.template.spec.containers = []; }, want: ['spec.template.spec.containers: Required value'] },
  { name: 'restartPolicy Never', tweak: (d) => { d.spec.template.spec.restartPolicy = 'Never'; }, want: ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'] },
  { name: 'hostNetwork template may leave hostPort 0', tweak: (d) => { d.spec.template.spec.hostNetwork = true; }, want: [] },
  { name: 'hostNetwork template with a different hostPort', tweak: (d) => { d.spec.template.spec.hostNetwork = true; d.spec.template.spec.containers[0]!.ports![0]!.hostPort = 8080; },
    want: ['spec.template.spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true'] },
  { name: 'minReadySeconds beyond the default progress deadline', tweak: (d) => { d.spec.minReadySeconds = 600; },
    want: ['spec.progressDeadlineSeconds: Invalid value: 600: must be greater than minReadySeconds'] },
  { name: 'negative revisionHistoryLimit', tweak: (d) => { d.spec.revisionHistoryLimit = -2; }, want: ['spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0'] },
];
for (const c of cases) {
  test(`ValidateDeployment: ${c.name}`, (t) => {
    t.deepEqual(validateDeployment(makeDeployment(c.tweak)).map(formatFieldError), c.want);
  });
}

// ValidateReplicaSetSpec shares the selector rules (and the "deployment" wording).
test('ValidateReplicaSet', (t) => {
  const rs = (d: Deployment): ReplicaSet => ({ ...d, kind: 'ReplicaSet' } as ReplicaSet);
  t.deepEqual(validateReplicaSet(rs(makeDeployment())), []);
  t.deepEqual(validateReplicaSet(rs(makeDeployment((d) => { d.spec.selector = {}; d.spec.replicas = -1; }))).map(formatFieldError), [
    'spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    'spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: empty selector is invalid for deployment',
  ]);
});
