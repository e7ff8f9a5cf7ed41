// `kubeprep sim http`: the JSON shape and exit codes of DESIGN.md's contract (Ingress path).
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { simCommand } from '../../source/cli/sim.js';
import { commands } from '../../source/cli/commands.js';

const FILE = fileURLToPath(new URL('fixtures/http.yaml', import.meta.url));
const ask = (...args: string[]) => simCommand('http', ['-f', FILE, ...args]);
const askJson = (...args: string[]) => { const r = ask(...args, '-o', 'json'); return { code: r.exitCode, out: JSON.parse(r.stdout), raw: r }; };
const URL_CART = 'http://172.18.0.2:30080/cart';

test('sim http -o json: through the NodePort to the cart pods, exit 0', (t) => {
  const { code, out, raw } = askJson('--url', URL_CART, '--header', 'Host: shop.example.com');
  t.is(code, 0, raw.stdout + raw.stderr);
  t.deepEqual(Object.keys(out), ['backend', 'backends', 'route', 'hops', 'status', 'pods']);
  t.is(out.backend, 'shop/cart:8080');
  t.deepEqual(out.backends, [{ ref: 'shop/cart:8080', weight: 1 }]);
  t.is(out.route, 'shop/shop');
  t.is(out.status, 200);
  t.is(out.pods.length, 2);
  for (const p of out.pods) t.regex(p, /^shop\/cart-.+:8080$/);
  for (const h of out.hops) { t.deepEqual(Object.keys(h), ['step', 'status', 'detail']); t.true(['ok', 'warn', 'fail'].includes(h.status)); }
});

test('sim http: unknown host 404 and no endpoints 503 exit 1', (t) => {
  const miss = askJson('--url', URL_CART, '--header', 'Host:nope.example.com');
  t.is(miss.code, 1);
  t.is(miss.out.status, 404);
  t.is(miss.out.backend, null);
  const empty = askJson('--url', 'http://172.18.0.2:30080/', '-H', 'Host:empty.example.com', '--from', 'shop/client', '--method', 'post');
  t.is(empty.code, 1);
  t.is(empty.out.status, 503);
  t.is(empty.out.backend, 'shop/empty:80');
});

test('sim http: no controller answers: no status, exit 1', (t) => {
  const r = askJson('--url', 'http://172.18.0.2:30099/', '--header', 'Host:shop.example.com');
  t.is(r.code, 1);
  t.false('status' in r.out);
  t.is(r.out.backend, null);
});

test('sim http: human output', (t) => {
  const r = ask('--url', URL_CART, '--header', 'Host:shop.example.com');
  t.is(r.exitCode, 0);
  t.regex(r.stdout, /^HTTP 200: GET http:\/\/172\.18\.0\.2:30080\/cart \(Host: shop\.example\.com\)\n/);
  t.regex(r.stdout, /\nbackend: shop\/cart:8080 \(Ingress shop\/shop\)\npods: shop\/cart-/);
});

test('sim http: usage errors exit 2', (t) => {
  for (const [args, re] of [
    [[], /--url is required/],
    [['--url', 'nonsense'], /absolute http/],
    [['--url', URL_CART, '--from', 'shop/nobody'], /no pod "nobody"/],
    [['--url', URL_CART, '--header', 'Host'], /--header must be NAME:VALUE/],
    [['--url', URL_CART, '-o', 'yaml'], /unsupported output "yaml"/],
  ] as Array<[string[], RegExp]>) {
    const r = ask(...args);
    t.is(r.exitCode, 2, args.join(' '));
    t.regex(r.stderr, re);
  }
});

test('sim http is marked built', (t) => {
  t.true(commands.find((c) => c.name === 'sim http')!.built);
});

test('whole process: kubeprep sim http is wired in the entry point', async (t) => {
  const { runCli } = await import('../helpers/run.js');
  const r = runCli(['sim', 'http', '-f', FILE, '--url', URL_CART, '--header', 'Host:shop.example.com', '-o', 'json']);
  t.is(r.code, 0, r.stderr);
  t.is(JSON.parse(r.stdout).backend, 'shop/cart:8080');
});
