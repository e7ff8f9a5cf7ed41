import test from 'ava';
import { formatFieldError } from '../../../source/sim/field.js';
import type { Namespace } from '../../../source/sim/types.js';
import { validateNamespace } from '../../../source/sim/validation/namespace.js';

const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

// From TestValidateNamespace in pkg/apis/core/validation/validation_test.go.
const cases: Array<{ name: string; ns: Namespace; want: string[] }> = [
  { name: 'valid', ns: { kind: 'Namespace', metadata: { name: 'shop' } }, want: [] },
  { name: 'valid with the automatic label', ns: { kind: 'Namespace', metadata: { name: 'shop', labels: { 'kubernetes.io/metadata.name': 'shop' } } }, want: [] },
  { name: 'valid kubernetes finalizer', ns: { kind: 'Namespace', metadata: { name: 'shop' }, spec: { finalizers: ['kubernetes', 'example.com/cleanup'] } }, want: [] },
  { name: 'uppercase', ns: { kind: 'Namespace', metadata: { name: 'Shop' } }, want: [`metadata.name: Invalid value: "Shop": ${LABEL_MSG}`] },
  { name: 'dots', ns: { kind: 'Namespace', metadata: { name: 'shop.prod' } }, want: ['metadata.name: Invalid value: "shop.prod": must not contain dots'] },
  { name: 'too long', ns: { kind: 'Namespace', metadata: { name: 'n'.repeat(64) } }, want: [`metadata.name: Invalid value: "${'n'.repeat(64)}": must be no more than 63 characters`] },
  { name: 'missing name', ns: { kind: 'Namespace', metadata: {} }, want: ['metadata.name: Required value: name or generateName is required'] },
  { name: 'unqualified finalizer', ns: { kind: 'Namespace', metadata: { name: 'shop' }, spec: { finalizers: ['cleanup'] } },
    want: ['spec.finalizers: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified'] },
];
for (const c of cases) test(`ValidateNamespace: ${c.name}`, (t) => t.deepEqual(validateNamespace(c.ns).map(formatFieldError), c.want));
