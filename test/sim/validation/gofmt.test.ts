import test from 'ava';
import { FieldPath, formatFieldError, invalid } from '../../../source/sim/field.js';
import { goLabelSelector, goQuote, goServicePortKey, goStringMap, goStringSlice } from '../../../source/sim/validation/gofmt.js';

// Go's %q and %#v, as field.Error.ErrorBody prints bad values (apimachinery field/errors.go).
const cases: Array<{ name: string; got: string; want: string }> = [
  { name: '%q plain', got: goQuote('web'), want: '"web"' },
  { name: '%q escapes', got: goQuote('a"b\\c\n\t\x01'), want: '"a\\"b\\\\c\\n\\t\\x01"' },
  { name: '%q keeps printable unicode', got: goQuote('café'), want: '"café"' },
  { name: 'map sorted by key', got: String(goStringMap({ tier: 'web', app: 'shop' })), want: 'map[string]string{"app":"shop", "tier":"web"}' },
  { name: 'empty map', got: String(goStringMap({})), want: 'map[string]string{}' },
  { name: 'nil map', got: String(goStringMap(undefined)), want: 'map[string]string(nil)' },
  { name: 'slice', got: String(goStringSlice(['10.96.0.1', '::1'])), want: '[]string{"10.96.0.1", "::1"}' },
  { name: 'empty selector', got: String(goLabelSelector({})), want: 'v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement(nil)}' },
  { name: 'selector with an expression', got: String(goLabelSelector({ matchLabels: {}, matchExpressions: [{ key: 'a', operator: 'In', values: ['x'] }] })),
    want: 'v1.LabelSelector{MatchLabels:map[string]string{}, MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"a", Operator:"In", Values:[]string{"x"}}}}' },
  { name: 'service port key', got: String(goServicePortKey('UDP', 53)),
    want: 'core.ServicePort{Name:"", Protocol:"UDP", AppProtocol:(*string)(nil), Port:53, TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}' },
];
for (const c of cases) test(c.name, (t) => t.is(c.got, c.want));

test('formatFieldError prints a GoValue as Go does and JSON keeps the plain value', (t) => {
  const e = invalid(FieldPath.root('spec').child('template', 'metadata', 'labels'), goStringMap({ app: 'web' }), '`selector` does not match template `labels`');
  t.is(formatFieldError(e), 'spec.template.metadata.labels: Invalid value: map[string]string{"app":"web"}: `selector` does not match template `labels`');
  t.is(JSON.stringify(e.value), '{"app":"web"}');
});
