// `kubeprep sim validate|route|dns|ingress|http|status` (DESIGN.md "Command-line contract"): read a
// cluster file, ask the simulator, print the answer as JSON (-o json) or for a person.
// Exit 0 yes, 1 no, 2 usage error or unreadable input.
import { buildCluster, type Cluster } from '../sim/cluster.js';
import { route } from '../sim/route.js';
import { resolveDns, type DnsType } from '../sim/dns.js';
import { buildIngressIndex, matchIngress, type Ingress, type IngressClass } from '../sim/ingress/index.js';
import { formatFieldError } from '../sim/field.js';
import { httpRequest } from '../sim/http.js';
import { objectStatus } from '../sim/gateway/index.js';
import type { Hop, Protocol } from '../sim/types.js';
import { readClusterFiles } from './cluster-file.js';
import { one, parseFlags, type FlagSpec, type Parsed } from './flags.js';
import { usageError, type CommandResult } from './io.js';
import { fancyOutput, formatHops } from './trace.js';

const common: FlagSpec = { '--filename': { value: true, repeat: true, alias: '-f' }, '--output': { value: true, alias: '-o' }, '--cluster-domain': { value: true } };

interface Ctx { cluster: Cluster; json: boolean; fancy: boolean }

function prepare(sub: string, args: string[], extra: FlagSpec, readStdin?: () => Buffer): { ctx: Ctx; p: Parsed } | CommandResult {
  const p = parseFlags(args, { ...common, ...extra });
  if ('error' in p) return usageError(`sim ${sub}: ${p.error} (see kubeprep --help)`);
  if (p.positional.length) return usageError(`sim ${sub}: unexpected argument "${p.positional[0]}" (see kubeprep --help)`);
  const files = p.flags['--filename'];
  if (!files?.length) return usageError(`sim ${sub}: a cluster file is required: -f FILE (or -f - for stdin)`);
  const output = one(p, '--output');
  if (output !== undefined && output !== 'json') return usageError(`sim ${sub}: unsupported output "${output}" (use -o json, or leave it out)`);
  for (const name of Object.keys(extra)) {
    if (extra[name]!.value && name.startsWith('--') && required[sub]?.includes(name) && one(p, name) === undefined)
      return usageError(`sim ${sub}: ${name} is required (see kubeprep --help)`);
  }
  const read = readClusterFiles(files, readStdin);
  if (!read.ok) return usageError(read.message);
  const domain = one(p, '--cluster-domain');
  const cluster = buildCluster(read.objects, domain ? { settings: { clusterDomain: domain.replace(/\.$/, '') } } : {});
  return { ctx: { cluster, json: output === 'json', fancy: fancyOutput() }, p };
}

const required: Record<string, string[]> = { route: ['--from', '--to'], dns: ['--name'], ingress: ['--host', '--path'], http: ['--url'], status: ['--object'] };

const json = (v: unknown, code: number): CommandResult => ({ stdout: JSON.stringify(v, null, 2) + '\n', stderr: '', exitCode: code });

export function simCommand(sub: string, args: string[], readStdin?: () => Buffer): CommandResult {
  switch (sub) {
    case 'validate': return simValidate(args, readStdin);
    case 'route': return simRoute(args, readStdin);
    case 'dns': return simDns(args, readStdin);
    case 'ingress': return simIngress(args, readStdin);
    case 'http': return simHttp(args, readStdin);
    case 'status': return simStatus(args, readStdin);
  }
  return usageError(`sim ${sub} is not wired up`);
}

function simValidate(args: string[], readStdin?: () => Buffer): CommandResult {
  const r = prepare('validate', args, {}, readStdin);
  if (!('ctx' in r)) return r;
  const { cluster } = r.ctx;
  const errors = cluster.rejected.flatMap((rej) => rej.errors.map((e) => ({ object: rej.ref, field: e.field, type: e.type, detail: e.detail, message: formatFieldError(e) })));
  const hops: Hop[] = errors.map((e) => ({ step: 'validate', status: 'fail', detail: `${e.object}: ${e.message}` }));
  const valid = errors.length === 0;
  const code = valid ? 0 : 1;
  if (r.ctx.json) return json({ valid, errors: errors.map(({ message: _m, ...e }) => e), hops }, code);
  const count = cluster.objects.length + cluster.rejected.length;
  if (valid) return { stdout: `valid: all ${count} object${count === 1 ? '' : 's'} would be accepted by the API server\n`, stderr: '', exitCode: 0 };
  const lines = [`invalid: the API server would refuse ${cluster.rejected.length} of ${count} object${count === 1 ? '' : 's'}`];
  for (const rej of cluster.rejected) {
    lines.push(`  ${rej.ref}`);
    for (const e of rej.errors) lines.push(`    ${formatFieldError(e)}`);
  }
  return { stdout: lines.join('\n') + '\n', stderr: '', exitCode: 1 };
}

function simRoute(args: string[], readStdin?: () => Buffer): CommandResult {
  const r = prepare('route', args, { '--from': { value: true }, '--to': { value: true }, '--protocol': { value: true } }, readStdin);
  if (!('ctx' in r)) return r;
  const from = one(r.p, '--from')!, to = one(r.p, '--to')!;
  const ans = route(r.ctx.cluster, { from, to, protocol: one(r.p, '--protocol') as Protocol | undefined });
  if (ans.error) return usageError(`sim route: ${ans.error}`);
  const code = ans.reachable ? 0 : 1;
  if (r.ctx.json) return json({ reachable: ans.reachable, backends: ans.backends, hops: ans.hops, reason: ans.reason }, code);
  const head = `${ans.reachable ? 'reachable' : 'NOT reachable'}: ${from} → ${to}${one(r.p, '--protocol') ? '/' + one(r.p, '--protocol')!.toUpperCase() : ''}`;
  const out = [head, formatHops(ans.hops, r.ctx.fancy).trimEnd()];
  if (ans.backends.length) out.push(`backends: ${ans.backends.join(', ')}`);
  // the reason closes the answer, unless the last hop already said it word for word
  if (ans.reason !== ans.hops[ans.hops.length - 1]?.detail) out.push(ans.reason);
  return { stdout: out.join('\n') + '\n', stderr: '', exitCode: code };
}

const DNS_TYPES: DnsType[] = ['A', 'AAAA', 'CNAME', 'SRV', 'PTR'];

function simDns(args: string[], readStdin?: () => Buffer): CommandResult {
  const r = prepare('dns', args, { '--name': { value: true }, '--type': { value: true }, '--from': { value: true } }, readStdin);
  if (!('ctx' in r)) return r;
  const type = (one(r.p, '--type') ?? 'A').toUpperCase() as DnsType;
  if (!DNS_TYPES.includes(type)) return usageError(`sim dns: unsupported type "${one(r.p, '--type')}" (use ${DNS_TYPES.join(', ')})`);
  const name = one(r.p, '--name')!;
  const ans = resolveDns(r.ctx.cluster, { name, type, from: one(r.p, '--from') });
  if (ans.error) return usageError(`sim dns: ${ans.error}`);
  const code = ans.rcode === 'NOERROR' && ans.answers.length > 0 ? 0 : 1;
  if (r.ctx.json) {
    const body: Record<string, unknown> = { answers: ans.answers, rcode: ans.rcode };
    if (ans.cname) body.cname = ans.cname;
    if (ans.tried) body.tried = ans.tried;
    body.hops = ans.hops;
    return json(body, code);
  }
  const out = [`${name} ${type}: ${ans.rcode}${ans.answers.length ? '' : ans.rcode === 'NOERROR' ? ' (no answers)' : ''}`];
  if (ans.cname) out.push(`  canonical name: ${ans.cname}`);
  for (const a of ans.answers) out.push(`  ${a}`);
  if (ans.tried) out.push(`tried: ${ans.tried.join(', ')}`);
  out.push(formatHops(ans.hops, r.ctx.fancy).trimEnd());
  return { stdout: out.join('\n') + '\n', stderr: '', exitCode: code };
}

function simIngress(args: string[], readStdin?: () => Buffer): CommandResult {
  const r = prepare('ingress', args, { '--host': { value: true }, '--path': { value: true }, '--class': { value: true } }, readStdin);
  if (!('ctx' in r)) return r;
  const { cluster } = r.ctx;
  const host = one(r.p, '--host')!, path = one(r.p, '--path')!, cls = one(r.p, '--class');
  const index = buildIngressIndex(
    (cluster.index.byKind.get('Ingress') ?? []) as Ingress[],
    (cluster.index.byKind.get('IngressClass') ?? []) as IngressClass[],
  );
  const ans = matchIngress(index, { host, path, ...(cls !== undefined ? { class: cls } : {}) });
  const code = ans.backend !== null ? 0 : 1;
  // DESIGN.md: backend and ingress are null when nothing answers; path and pathType stay strings
  // ("" when no path rule matched, e.g. a defaultBackend answered).
  if (r.ctx.json) return json({ backend: ans.backend, ingress: ans.ingress, path: ans.path ?? '', pathType: ans.pathType ?? '', hops: ans.hops }, code);
  const asked = `${host === '' ? '(no Host header)' : host} ${path}${ans.class ? ` [class ${ans.class}]` : ''}`;
  const out = [`${ans.backend ? 'matched' : 'NO backend'}: ${asked}`, formatHops(ans.hops, r.ctx.fancy).trimEnd()];
  if (ans.backend) {
    const how = ans.path !== null ? `${ans.pathType} ${JSON.stringify(ans.path)}` : 'spec.defaultBackend';
    out.push(`backend: ${ans.backend} (Ingress ${ans.ingress}, ${how})`);
  } else if (ans.resource) {
    out.push(`backend: none — Ingress ${ans.ingress} sends it to the resource ${ans.resource}, not a Service`);
  } else {
    out.push('backend: none — the controller answers 404 from its own default backend');
  }
  return { stdout: out.join('\n') + '\n', stderr: '', exitCode: code };
}

function simHttp(args: string[], readStdin?: () => Buffer): CommandResult {
  const r = prepare('http', args, { '--url': { value: true }, '--from': { value: true }, '--header': { value: true, repeat: true, alias: '-H' }, '--method': { value: true, alias: '-X' } }, readStdin);
  if (!('ctx' in r)) return r;
  const headers: Record<string, string> = {};
  for (const h of r.p.flags['--header'] ?? []) {
    const c = h.indexOf(':');
    if (c <= 0) return usageError(`sim http: --header must be NAME:VALUE, got "${h}"`);
    headers[h.slice(0, c).trim()] = h.slice(c + 1).trim();
  }
  const url = one(r.p, '--url')!, from = one(r.p, '--from'), method = one(r.p, '--method');
  const ans = httpRequest(r.ctx.cluster, { url, headers, ...(from !== undefined ? { from } : {}), ...(method !== undefined ? { method } : {}) });
  if (ans.error) return usageError(`sim http: ${ans.error}`);
  const code = ans.status === 200 ? 0 : 1;
  if (r.ctx.json) {
    const body: Record<string, unknown> = { backend: ans.backend, backends: ans.backends, route: ans.route, hops: ans.hops };
    if (ans.status !== undefined) body.status = ans.status;
    if (ans.redirect) body.redirect = ans.redirect;
    body.pods = ans.pods;
    return json(body, code);
  }
  const head = ans.status !== undefined ? `HTTP ${ans.status}` : 'NO answer';
  const out = [`${head}: ${(method ?? 'GET').toUpperCase()} ${url}${headers.Host ?? headers.host ? ` (Host: ${headers.Host ?? headers.host})` : ''}`, formatHops(ans.hops, r.ctx.fancy).trimEnd()];
  if (ans.backend) out.push(`backend: ${ans.backend}${ans.route ? ` (${ans.backends.length > 1 || ans.redirect || r.ctx.cluster.index.byRef.has(`HTTPRoute/${ans.route}`) ? 'HTTPRoute' : 'Ingress'} ${ans.route})` : ''}`);
  if (ans.redirect) out.push(`redirect: ${ans.redirect.status} Location: ${ans.redirect.location}`);
  if (ans.pods.length) out.push(`pods: ${ans.pods.join(', ')}`);
  return { stdout: out.join('\n') + '\n', stderr: '', exitCode: code };
}

function simStatus(args: string[], readStdin?: () => Buffer): CommandResult {
  const r = prepare('status', args, { '--object': { value: true } }, readStdin);
  if (!('ctx' in r)) return r;
  const ref = one(r.p, '--object')!;
  const ans = objectStatus(r.ctx.cluster, ref);
  if (ans.error) return usageError(`sim status: ${ans.error}`);
  const code = ans.ok ? 0 : 1;
  if (r.ctx.json) return json({ ...ans.status, hops: ans.hops }, code);
  const out = [`${ans.ok ? 'all conditions True' : 'NOT all conditions True'}: ${ref}`, formatHops(ans.hops, r.ctx.fancy).trimEnd()];
  return { stdout: out.join('\n') + '\n', stderr: '', exitCode: code };
}
