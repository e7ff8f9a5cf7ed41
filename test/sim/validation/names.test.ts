import test from 'ava';
import { FieldPath, formatFieldError } from '../../../source/sim/field.js';
import {
  isDNS1035Label, isDNS1123Label, isDNS1123Subdomain, nameIsDNS1035Label, nameIsDNSLabel, nameIsDNSSubdomain,
  regexError, validateDNS1123Label,
} from '../../../source/sim/validation/names.js';

const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const DNS1035_MSG = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

// RegexError in apimachinery/pkg/util/validation/validation.go (note the double space before "or").
const regexCases: Array<{ name: string; got: string; want: string }> = [
  { name: 'no examples', got: regexError('bad', '[a-z]+'), want: "bad (regex used for validation is '[a-z]+')" },
  { name: 'one example', got: regexError('bad', '[a-z]+', 'abc'), want: "bad (e.g. 'abc', regex used for validation is '[a-z]+')" },
  { name: 'two examples', got: regexError('bad', '[a-z]+', 'a', 'b'), want: "bad (e.g. 'a',  or 'b', regex used for validation is '[a-z]+')" },
];
for (const c of regexCases) test(`regexError: ${c.name}`, (t) => t.is(c.got, c.want));

// From TestIsDNS1123Label, TestIsDNS1123Subdomain, TestIsDNS1035Label in
// apimachinery/pkg/util/validation/validation_test.go: the messages each value earns.
const dnsCases: Array<{ fn: (v: string) => string[]; fnName: string; value: string; want: string[] }> = [
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: 'a', want: [] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: '0', want: [] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: 'a-1-b', want: [] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: 'a'.repeat(63), want: [] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: '', want: [LABEL_MSG] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: 'A', want: [LABEL_MSG] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: 'a-', want: [LABEL_MSG] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: 'my_svc', want: [LABEL_MSG] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: 'a.b', want: ['must not contain dots'] },
  { fn: isDNS1123Label, fnName: 'IsDNS1123Label', value: 'a'.repeat(64), want: ['must be no more than 63 characters'] },
  { fn: isDNS1123Subdomain, fnName: 'IsDNS1123Subdomain', value: 'a.b.c', want: [] },
  { fn: isDNS1123Subdomain, fnName: 'IsDNS1123Subdomain', value: '1.2.3.4', want: [] },
  { fn: isDNS1123Subdomain, fnName: 'IsDNS1123Subdomain', value: 'a..b', want: [SUBDOMAIN_MSG] },
  { fn: isDNS1123Subdomain, fnName: 'IsDNS1123Subdomain', value: 'Web', want: [SUBDOMAIN_MSG] },
  { fn: isDNS1123Subdomain, fnName: 'IsDNS1123Subdomain', value: 'a'.repeat(254), want: ['must be no more than 253 characters'] },
  { fn: isDNS1035Label, fnName: 'IsDNS1035Label', value: 'web-1', want: [] },
  { fn: isDNS1035Label, fnName: 'IsDNS1035Label', value: '1web', want: [DNS1035_MSG] },
  { fn: isDNS1035Label, fnName: 'IsDNS1035Label', value: 'web.api', want: [DNS1035_MSG] },
  { fn: isDNS1035Label, fnName: 'IsDNS1035Label', value: 'a'.repeat(64), want: ['must be no more than 63 characters'] },
];
for (const c of dnsCases) test(`${c.fnName}(${JSON.stringify(c.value.length > 20 ? `${c.value[0]}×${c.value.length}` : c.value)})`, (t) => t.deepEqual(c.fn(c.value), c.want));

// NameIsDNSSubdomain / NameIsDNSLabel / NameIsDNS1035Label (apimachinery/pkg/api/validation/generic.go):
// with prefix (generateName) a trailing '-' is allowed.
const nameFnCases: Array<{ name: string; got: string[]; want: string[] }> = [
  { name: 'subdomain prefix may end in -', got: nameIsDNSSubdomain('web-', true), want: [] },
  { name: 'subdomain name may not end in -', got: nameIsDNSSubdomain('web-', false), want: [SUBDOMAIN_MSG] },
  { name: 'label prefix may end in -', got: nameIsDNSLabel('team-', true), want: [] },
  { name: 'Service prefix may end in -', got: nameIsDNS1035Label('svc-', true), want: [] },
  { name: 'Service name may not start with a digit', got: nameIsDNS1035Label('1svc', false), want: [DNS1035_MSG] },
];
for (const c of nameFnCases) test(`name function: ${c.name}`, (t) => t.deepEqual(c.got, c.want));

// ValidateDNS1123Label (pkg/apis/core/validation): one Invalid error per message, at the path given.
test('ValidateDNS1123Label formats an Invalid value', (t) => {
  t.deepEqual(validateDNS1123Label('Http', FieldPath.root('spec').child('ports').index(0).child('name')).map(formatFieldError),
    [`spec.ports[0].name: Invalid value: "Http": ${LABEL_MSG}`]);
});
