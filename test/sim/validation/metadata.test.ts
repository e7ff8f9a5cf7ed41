import test from 'ava';
import { FieldPath, formatFieldError } from '../../../source/sim/field.js';
import type { ObjectMeta } from '../../../source/sim/types.js';
import { validateAnnotations, validateObjectMeta } from '../../../source/sim/validation/metadata.js';
import { nameIsDNS1035Label, nameIsDNSLabel, nameIsDNSSubdomain, type NameFn } from '../../../source/sim/validation/names.js';

const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const KEY_NAME_MSG = "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";

// From TestValidateObjectMeta* in apimachinery/pkg/api/validation/objectmeta_test.go and the
// name rules each kind uses (ValidatePodName, ValidateServiceName, ValidateNamespaceName).
const cases: Array<{ name: string; meta: ObjectMeta | undefined; namespaced: boolean; fn: NameFn; want: string[] }> = [
  { name: 'valid pod metadata', meta: { name: 'web-0.api', namespace: 'shop', labels: { app: 'web' } }, namespaced: true, fn: nameIsDNSSubdomain, want: [] },
  { name: 'missing metadata', meta: undefined, namespaced: true, fn: nameIsDNSSubdomain,
    want: ['metadata.name: Required value: name or generateName is required', 'metadata.namespace: Required value'] },
  { name: 'generateName stands in for a name', meta: { generateName: 'web-', namespace: 'default' }, namespaced: true, fn: nameIsDNSSubdomain, want: [] },
  { name: 'bad generateName', meta: { generateName: 'Web-', namespace: 'default' }, namespaced: true, fn: nameIsDNSSubdomain,
    want: [`metadata.generateName: Invalid value: "Web-": ${SUBDOMAIN_MSG}`] },
  { name: 'Service name with a dot', meta: { name: 'web.api', namespace: 'default' }, namespaced: true, fn: nameIsDNS1035Label,
    want: [`metadata.name: Invalid value: "web.api": ${DNS1035_MSG}`] },
  { name: 'uppercase namespace', meta: { name: 'web', namespace: 'Shop' }, namespaced: true, fn: nameIsDNSSubdomain,
    want: [`metadata.namespace: Invalid value: "Shop": ${LABEL_MSG}`] },
  { name: 'namespace with dots', meta: { name: 'web', namespace: 'shop.prod' }, namespaced: true, fn: nameIsDNSSubdomain,
    want: ['metadata.namespace: Invalid value: "shop.prod": must not contain dots'] },
  { name: 'cluster-scoped kind needs no namespace', meta: { name: 'shop' }, namespaced: false, fn: nameIsDNSLabel, want: [] },
  { name: 'bad label key and value', meta: { name: 'web', namespace: 'default', labels: { 'app/': 'x', tier: 'front end' } }, namespaced: true, fn: nameIsDNSSubdomain,
    want: [
      'metadata.labels: Invalid value: "app/": name part must be non-empty',
      `metadata.labels: Invalid value: "app/": ${KEY_NAME_MSG}`,
      "metadata.labels: Invalid value: \"front end\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
    ] },
  { name: 'annotation keys ignore case but keep the original in the message', meta: { name: 'web', namespace: 'default', annotations: { 'Example.COM/Owner': 'me', 'bad key': 'x' } }, namespaced: true, fn: nameIsDNSSubdomain,
    want: [`metadata.annotations: Invalid value: "bad key": ${KEY_NAME_MSG}`] },
];
for (const c of cases) {
  test(`ValidateObjectMeta: ${c.name}`, (t) => {
    t.deepEqual(validateObjectMeta(c.meta, c.namespaced, c.fn, FieldPath.root('metadata')).map(formatFieldError), c.want);
  });
}

// ValidateAnnotations: 256 kB in total (TotalAnnotationSizeLimitB).
test('ValidateAnnotations: total size limit', (t) => {
  const errs = validateAnnotations({ big: 'x'.repeat(256 * 1024) }, FieldPath.root('metadata').child('annotations'));
  t.deepEqual(errs.map((e) => [e.field, e.type]), [['metadata.annotations', 'Too long']]);
  t.deepEqual(validateAnnotations({ big: 'x'.repeat(256 * 1024 - 3) }, FieldPath.root('metadata').child('annotations')), []);
});
