// client-go jsonpath behaviour (cases in the spirit of util/jsonpath/jsonpath_test.go).
import test from 'ava';
import { JSONPath, JsonPathError } from '../../../source/kubectl/printers/jsonpath.js';
import { parseCustomColumns, printCustomColumns } from '../../../source/kubectl/printers/custom-columns.js';

const data = {
  kind: 'List',
  items: [
    { metadata: { name: 'web', labels: { app: 'web' } }, spec: { ports: [{ name: 'http', port: 80 }, { name: 'https', port: 443 }] } },
    { metadata: { name: 'api' }, spec: { ports: [{ port: 8080 }], clusterIP: null } },
  ],
};

const cases: Array<[string, string]> = [
  ['{.kind}', 'List'],
  ['{.items[*].metadata.name}', 'web api'],
  ['{.items[0].spec.ports[*].port}', '80 443'],
  ['{.items[-1].metadata.name}', 'api'],
  ['{.items[0:1].metadata.name}', 'web'],
  ['{.items[*].spec.ports[?(@.name=="https")].port}', '443'],
  ['{.items[*].spec.ports[?(@.port>100)].port}', '443 8080'],
  ['{.items[?(@.metadata.labels)].metadata.name}', 'web'],
  ['{range .items[*]}{.metadata.name}{"\\t"}{end}', 'web\tapi\t'],
  ['{range .items[*]}[{.metadata.name},{.spec.ports[0].port}]{end}', '[web,80][api,8080]'],
  ['{.items[0].metadata.labels}', '{"app":"web"}'],
  ['{.items[0].spec.ports[0]}', '{"name":"http","port":80}'],
  ['{.items[1].spec.clusterIP}', 'null'],
  ['{.items[*].metadata.missing}', ''],
  ['name: {.items[0].metadata.name}!', 'name: web!'],
  ["{.items[0].metadata['name']}", 'web'],
  ['{.items[0,1].metadata.name}', 'web api'],
  ['{..port}', '80 443 8080'],
];
for (const [template, want] of cases) {
  test(`jsonpath ${template}`, (t) => {
    const jp = new JSONPath('t');
    jp.allowMissingKeys = true;
    jp.parse(template);
    t.is(jp.execute(data), want);
  });
}

const parseErrors: Array<[string, string]> = [
  ['{.items[0', 'unterminated array'],
  ['{.items', 'unclosed action'],
  ['{.items[?(@.x=="a")}', 'unclosed array expect ]'],
  ['{.items[a]}', 'invalid array index a'],
  ['{.items[0].metadata["name"]}', 'invalid array index "name"'], // only single quotes name a key
];
for (const [template, message] of parseErrors) {
  test(`jsonpath parse error ${template}`, (t) => {
    const jp = new JSONPath('t');
    const e = t.throws(() => jp.parse(template), { instanceOf: JsonPathError });
    t.is(e?.message, message);
  });
}

test('jsonpath evaluation errors', (t) => {
  const jp = new JSONPath('t');
  jp.parse('{.items[5]}');
  t.is(t.throws(() => jp.execute(data))?.message, 'array index out of bounds: index 5, length 2');
  const strict = new JSONPath('t');
  strict.parse('{.nope}');
  t.is(t.throws(() => strict.execute(data))?.message, 'nope is not found');
  const end = new JSONPath('t');
  end.parse('{end}');
  t.is(t.throws(() => end.execute(data))?.message, 'not in range, nothing to end');
});

test('custom-columns: relaxed paths, <none>, Go formatting of maps and lists', (t) => {
  const cols = parseCustomColumns('NAME:metadata.name,LABELS:{.metadata.labels},PORTS:.spec.ports[*].port,IP:.spec.clusterIP');
  if (!cols.ok) return t.fail(cols.error);
  t.is(printCustomColumns(data.items, cols.columns), 'NAME   LABELS         PORTS    IP\nweb    map[app:web]   80,443   <none>\napi    <none>         8080     <nil>\n');
});
