// `kubeprep sim ingress`: the JSON shape and exit codes of DESIGN.md's contract.
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { simCommand } from '../../source/cli/sim.js';
import { commands } from '../../source/cli/commands.js';

const FILE = fileURLToPath(new URL('fixtures/ingress.yaml', import.meta.url));
const ask = (...args: string[]) => simCommand('ingress', ['-f', FILE, ...args]);
const askJson = (...args: string[]) => { const r = ask(...args, '-o', 'json'); return { code: r.exitCode, out: JSON.parse(r.stdout), raw: r }; };

test('the fixture is valid', (t) => {
  const r = simCommand('validate', ['-f', FILE, '-o', 'json']);
  t.is(r.exitCode, 0, r.stdout);
});

const cases: Array<{ name: string; args: string[]; code: 0 | 1; backend: string | null; ingress: string | null; path: string; pathType: string }> = [
  { name: 'Exact path', args: ['--host', 'shop.example.com', '--path', '/exact'], code: 0, backend: 'shop/web:80', ingress: 'shop/shop', path: '/exact', pathType: 'Exact' },
  { name: 'Exact does not take a trailing slash: the Prefix / does', args: ['--host', 'shop.example.com', '--path', '/exact/'], code: 0, backend: 'shop/web:80', ingress: 'shop/shop', path: '/', pathType: 'Prefix' },
  { name: 'longest Prefix wins, port by name', args: ['--host', 'shop.example.com', '--path', '/api/v1/items?x=1'], code: 0, backend: 'shop/api:http', ingress: 'shop/shop', path: '/api', pathType: 'Prefix' },
  { name: 'Prefix matches whole path elements', args: ['--host', 'shop.example.com', '--path', '/apix'], code: 0, backend: 'shop/web:80', ingress: 'shop/shop', path: '/', pathType: 'Prefix' },
  { name: 'Host header with port and upper case', args: ['--host', 'SHOP.example.com:8080', '--path', '/api'], code: 0, backend: 'shop/api:http', ingress: 'shop/shop', path: '/api', pathType: 'Prefix' },
  { name: 'wildcard host, one label', args: ['--host', 'blog.apps.example.com', '--path', '/'], code: 0, backend: 'shop/web:80', ingress: 'shop/apps', path: '/', pathType: 'Prefix' },
  { name: 'wildcard does not cover two labels: defaultBackend', args: ['--host', 'a.b.apps.example.com', '--path', '/'], code: 0, backend: 'shop/fallback:80', ingress: 'shop/apps', path: '', pathType: '' },
  { name: 'no Host header: defaultBackend', args: ['--host', '', '--path', '/'], code: 0, backend: 'shop/fallback:80', ingress: 'shop/apps', path: '', pathType: '' },
  { name: '--class picks another controller', args: ['--host', 'shop.example.com', '--path', '/api', '--class', 'other'], code: 0, backend: 'shop/fallback:80', ingress: 'shop/legacy', path: '/', pathType: 'Prefix' },
  { name: 'no rule and no defaultBackend in the class: null, exit 1', args: ['--host', 'nope.example.com', '--path', '/', '--class', 'other'], code: 1, backend: null, ingress: null, path: '', pathType: '' },
];

for (const c of cases) {
  test(`sim ingress -o json: ${c.name}`, (t) => {
    const { code, out, raw } = askJson(...c.args);
    t.is(code, c.code, raw.stdout + raw.stderr);
    t.deepEqual(Object.keys(out), ['backend', 'ingress', 'path', 'pathType', 'hops']);
    t.deepEqual({ backend: out.backend, ingress: out.ingress, path: out.path, pathType: out.pathType }, { backend: c.backend, ingress: c.ingress, path: c.path, pathType: c.pathType });
    t.true(out.hops.length > 0);
    for (const h of out.hops) { t.deepEqual(Object.keys(h), ['step', 'status', 'detail']); t.true(['ok', 'warn', 'fail'].includes(h.status)); }
  });
}

test('sim ingress: the trace says why a defaultBackend answered, and a 404 fails a hop', (t) => {
  const d = askJson('--host', 'a.b.apps.example.com', '--path', '/').out;
  t.true(d.hops.some((h: { detail: string }) => /spec\.defaultBackend of Ingress shop\/apps takes it/.test(h.detail)));
  const miss = askJson('--host', 'nope.example.com', '--path', '/', '--class', 'other').out;
  t.true(miss.hops.some((h: { status: string; detail: string }) => h.status === 'fail' && /^404: no rule matches/.test(h.detail)));
});

test('sim ingress: human output has numbered hops and the answer', (t) => {
  const r = ask('--host', 'shop.example.com', '--path', '/api/v1');
  t.is(r.exitCode, 0);
  t.regex(r.stdout, /^matched: shop\.example\.com \/api\/v1 \[class nginx\]\n/);
  t.regex(r.stdout, /\n +1\. ok ingress-class/);
  t.regex(r.stdout, /\nbackend: shop\/api:http \(Ingress shop\/shop, Prefix "\/api"\)\n$/);
  const miss = ask('--host', 'nope.example.com', '--path', '/', '--class', 'other');
  t.is(miss.exitCode, 1);
  t.regex(miss.stdout, /^NO backend: nope\.example\.com \/ \[class other\]\n/);
  t.regex(miss.stdout, /XX backend +404: /);
});

test('sim ingress: usage errors exit 2', (t) => {
  for (const [args, re] of [
    [['--path', '/'], /--host is required/],
    [['--host', 'x'], /--path is required/],
    [['--host', 'x', '--path', '/', '-o', 'yaml'], /unsupported output "yaml"/],
  ] as Array<[string[], RegExp]>) {
    const r = ask(...args);
    t.is(r.exitCode, 2, args.join(' '));
    t.regex(r.stderr, re);
  }
});

test('sim ingress is marked built', (t) => {
  t.true(commands.find((c) => c.name === 'sim ingress')!.built);
});

test('whole process: kubeprep sim ingress is wired in the entry point', async (t) => {
  const { runCli } = await import('../helpers/run.js');
  const r = runCli(['sim', 'ingress', '-f', FILE, '--host', 'shop.example.com', '--path', '/exact', '-o', 'json']);
  t.is(r.code, 0, r.stderr);
  t.is(JSON.parse(r.stdout).backend, 'shop/web:80');
});
