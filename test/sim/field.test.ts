import test from 'ava';
import { FieldPath, formatFieldError, invalid, required, notSupported } from '../../source/sim/field.js';

// Message shapes from apimachinery/pkg/util/validation/field/errors.go (Error.Error / ErrorBody).
const cases: Array<{ name: string; err: ReturnType<typeof invalid>; want: string }> = [
  { name: 'invalid number', err: invalid(FieldPath.root('spec').child('ports').index(0).child('port'), 0, 'must be between 1 and 65535, inclusive'), want: 'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive' },
  { name: 'invalid string is quoted', err: invalid(FieldPath.root('metadata').child('name'), 'Web', 'bad'), want: 'metadata.name: Invalid value: "Web": bad' },
  { name: 'required omits value', err: required(FieldPath.root('spec').child('ports'), ''), want: 'spec.ports: Required value' },
  { name: 'unsupported lists choices', err: notSupported(FieldPath.root('spec').child('type'), 'Foo', ['ClusterIP', 'NodePort']), want: 'spec.type: Unsupported value: "Foo": supported values: "ClusterIP", "NodePort"' },
];
for (const c of cases) test(c.name, (t) => { t.is(formatFieldError(c.err), c.want); });
