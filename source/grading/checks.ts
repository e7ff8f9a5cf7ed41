// A scenario's checks asked of the simulator (DESIGN.md "Check kinds"): each answer says pass
// or fail, in words a learner can act on, with the simulator's trace (the hops) behind it.
import type { Cluster } from '../sim/cluster.js';
import { findObject } from '../sim/cluster.js';
import { httpRequest } from '../sim/http.js';
import { isTerminal, isTerminating, isPodReady, podIP, allContainers } from '../sim/pods.js';
import { route } from '../sim/route.js';
import { matchesSelector, parseSelector } from '../sim/selectors.js';
import type { Hop, KObject, Pod } from '../sim/types.js';
import { formatPath, parseObjectPath, valueAt, type PathSegment } from '../content/object-path.js';
import type { Check, CheckKind, DenyCheck, HttpCheck, ObjectCheck, PodPort, PodSet, ReachCheck, UnchangedCheck } from '../content/types.js';
import { isGuard } from '../content/types.js';

export interface CheckResult {
  name: string;
  kind: CheckKind;
  pass: boolean;
  /** `unchanged` checks guard the task: no credit of their own; a failed one zeroes it. */
  guard: boolean;
  /** One or two sentences: what was expected and what was found. */
  detail: string;
  /** The simulator's trace (for a failure, the reason it failed). */
  hops: Hop[];
}

export interface GradeContext {
  /** The cluster being graded. */
  cluster: Cluster;
  /** The cluster as set up, for `unchanged` guards. */
  setup: Cluster;
}

export function evaluateChecks(checks: readonly Check[], ctx: GradeContext): CheckResult[] {
  return checks.map((c) => evaluateCheck(c, ctx));
}

export function evaluateCheck(check: Check, ctx: GradeContext): CheckResult {
  const out = (pass: boolean, detail: string, hops: Hop[]): CheckResult =>
    ({ name: check.name ?? defaultName(check), kind: check.kind, pass, guard: isGuard(check), detail, hops });
  switch (check.kind) {
    case 'reach': { const r = reach(check, ctx.cluster); return out(r.pass, r.detail, r.hops); }
    case 'deny': { const r = deny(check, ctx.cluster); return out(r.pass, r.detail, r.hops); }
    case 'http': { const r = http(check, ctx.cluster); return out(r.pass, r.detail, r.hops); }
    case 'object': { const r = object(check, ctx.cluster); return out(r.pass, r.detail, r.hops); }
    case 'unchanged': { const r = unchanged(check, ctx); return out(r.pass, r.detail, r.hops); }
  }
}

/** How a check reads when its author gave it no name. */
export function defaultName(c: Check): string {
  switch (c.kind) {
    case 'reach': return `${c.to} from ${c.from} reaches the ${c.pods.selector} pods in ${c.pods.namespace} on ${c.port}`;
    case 'deny': return `${c.to} from ${c.from} is denied`;
    case 'http': {
      const host = Object.entries(c.headers ?? {}).find(([k]) => k.toLowerCase() === 'host')?.[1];
      const what = `${c.url}${host ? ` (Host: ${host})` : ''}${c.from && c.from !== 'external' ? ` from ${c.from}` : ''}`;
      if (c.backend) return `${what} goes to ${c.backend}`;
      if (c.status !== undefined) return `${what} answers ${c.status}`;
      return `${what} reaches the ${c.pods!.selector} pods in ${c.pods!.namespace}${c.port !== undefined ? ` on ${c.port}` : ''}`;
    }
    case 'object': return `${c.ref} ${c.path} is ${JSON.stringify(c.equals)}`;
    case 'unchanged': return `${c.ref} is unchanged`;
  }
}

interface Outcome { pass: boolean; detail: string; hops: Hop[] }
const single = (pass: boolean, step: string, detail: string): Outcome => ({ pass, detail, hops: [{ step, status: pass ? 'ok' : 'fail', detail }] });

// ---- connections -----------------------------------------------------------------------------

/** The ready pods a check expects, each as `NS/POD:PORT` (or why one cannot be listed). */
export function expectedBackends(cluster: Cluster, pods: PodSet, port: PodPort | undefined): { backends: string[]; problems: string[] } {
  const sel = parseSelector(pods.selector);
  if (!sel.ok) return { backends: [], problems: [`the selector ${pods.selector} does not parse: ${sel.error}`] };
  const backends: string[] = [], problems: string[] = [];
  for (const p of cluster.index.podsByNamespace.get(pods.namespace) ?? []) {
    if (!matchesSelector(p.metadata.labels, sel.selector) || !serving(p)) continue;
    const ref = `${pods.namespace}/${p.metadata.name}`;
    if (port === undefined) { backends.push(ref); continue; }
    const n = typeof port === 'number' ? port : namedPort(p, port);
    if (n === undefined) { problems.push(`pod ${ref} declares no port named "${port}"`); continue; }
    backends.push(`${ref}:${n}`);
  }
  return { backends: backends.sort(), problems };
}

/** Ready pods, as the endpoints controller lists them: ready, with an IP, neither finished nor terminating. */
function serving(p: Pod): boolean {
  return isPodReady(p) && !isTerminal(p) && !isTerminating(p) && !!podIP(p);
}

function namedPort(p: Pod, name: string): number | undefined {
  for (const c of allContainers(p)) for (const cp of c.ports ?? []) if (cp.name === name) return cp.containerPort;
  return undefined;
}

function list(xs: string[]): string {
  if (xs.length === 0) return 'nothing';
  return xs.length > 6 ? `${xs.slice(0, 6).join(', ')} and ${xs.length - 6} more` : xs.join(', ');
}

function compareSets(expected: string[], got: string[]): { equal: boolean; missing: string[]; extra: string[] } {
  const e = new Set(expected), g = new Set(got);
  const missing = expected.filter((x) => !g.has(x)), extra = got.filter((x) => !e.has(x));
  return { equal: missing.length === 0 && extra.length === 0, missing, extra };
}

function reach(c: ReachCheck, cluster: Cluster): Outcome {
  const ans = route(cluster, { from: c.from, to: c.to });
  const what = `${c.to} from ${c.from === 'external' ? 'outside the cluster' : c.from}`;
  if (ans.error) return single(false, 'input', `${what} cannot be asked: ${ans.error}`);
  const exp = expectedBackends(cluster, c.pods, c.port);
  const pods = `the ready ${c.pods.selector} pods in ${c.pods.namespace}`;
  if (exp.backends.length === 0) {
    const why = exp.problems.length ? exp.problems.join('; ') : `no ready pod in namespace ${c.pods.namespace} matches ${c.pods.selector}`;
    return { pass: false, detail: `${why}, so ${what} cannot reach ${pods}${ans.reachable ? ` (it reaches ${list(ans.backends)})` : ''}`, hops: ans.hops };
  }
  if (!ans.reachable) return { pass: false, detail: `${what} is not reachable: ${ans.reason}`, hops: ans.hops };
  const cmp = compareSets(exp.backends, ans.backends);
  if (cmp.equal && exp.problems.length === 0) return { pass: true, detail: `${what} reaches ${list(ans.backends)}`, hops: ans.hops };
  const parts = [`${what} reaches ${list(ans.backends)}, but should reach exactly ${pods} on ${c.port} (${list(exp.backends)})`];
  if (cmp.missing.length) parts.push(`missing: ${list(cmp.missing)}`);
  if (cmp.extra.length) parts.push(`not expected: ${list(cmp.extra)}`);
  if (exp.problems.length) parts.push(exp.problems.join('; '));
  return { pass: false, detail: parts.join('; '), hops: ans.hops };
}

function deny(c: DenyCheck, cluster: Cluster): Outcome {
  const ans = route(cluster, { from: c.from, to: c.to });
  const what = `${c.to} from ${c.from === 'external' ? 'outside the cluster' : c.from}`;
  if (ans.error) return single(false, 'input', `${what} cannot be asked: ${ans.error}`);
  if (ans.reachable) return { pass: false, detail: `${what} should be denied, but it reaches ${list(ans.backends)}`, hops: ans.hops };
  return { pass: true, detail: `${what} is not reachable: ${ans.reason}`, hops: ans.hops };
}

function http(c: HttpCheck, cluster: Cluster): Outcome {
  const ans = httpRequest(cluster, { url: c.url, ...(c.headers ? { headers: c.headers } : {}), ...(c.from ? { from: c.from } : {}) });
  const host = Object.entries(c.headers ?? {}).find(([k]) => k.toLowerCase() === 'host')?.[1];
  const what = `a request to ${c.url}${host ? ` with Host: ${host}` : ''}${c.from && c.from !== 'external' ? ` from ${c.from}` : ''}`;
  if (ans.error) return { pass: false, detail: `${what} cannot be asked: ${ans.error}`, hops: ans.hops };
  const got = ans.status === undefined ? 'gets no answer' : `gets ${ans.status}${ans.backend ? ` from ${ans.backend}` : ''}`;
  const last = [...ans.hops].reverse().find((h) => h.status === 'fail');
  const why = last ? `: ${last.detail}` : '';
  if (c.backend !== undefined) {
    if (ans.backend === c.backend) return { pass: true, detail: `${what} goes to ${c.backend}`, hops: ans.hops };
    return { pass: false, detail: `${what} should go to ${c.backend}, but ${ans.backend ? `goes to ${ans.backend}` : got}${ans.backend ? '' : why}`, hops: ans.hops };
  }
  if (c.status !== undefined) {
    if (ans.status === c.status) return { pass: true, detail: `${what} answers ${c.status}`, hops: ans.hops };
    return { pass: false, detail: `${what} should get ${c.status}, but ${got}${why}`, hops: ans.hops };
  }
  const exp = expectedBackends(cluster, c.pods!, c.port);
  const pods = `the ready ${c.pods!.selector} pods in ${c.pods!.namespace}`;
  if (exp.backends.length === 0) {
    const reason = exp.problems.length ? exp.problems.join('; ') : `no ready pod in namespace ${c.pods!.namespace} matches ${c.pods!.selector}`;
    return { pass: false, detail: `${reason}, so ${what} cannot reach ${pods}`, hops: ans.hops };
  }
  if (ans.status !== 200) return { pass: false, detail: `${what} should reach ${pods}, but ${got}${why}`, hops: ans.hops };
  const answered = c.port === undefined ? ans.pods.map((p) => p.replace(/:[^:/]*$/, '')) : ans.pods;
  const cmp = compareSets(exp.backends, [...new Set(answered)]);
  if (cmp.equal && exp.problems.length === 0) return { pass: true, detail: `${what} reaches ${list(answered)}`, hops: ans.hops };
  const parts = [`${what} reaches ${list(answered)}, but should reach exactly ${pods}${c.port !== undefined ? ` on ${c.port}` : ''} (${list(exp.backends)})`];
  if (cmp.missing.length) parts.push(`missing: ${list(cmp.missing)}`);
  if (cmp.extra.length) parts.push(`not expected: ${list(cmp.extra)}`);
  if (exp.problems.length) parts.push(exp.problems.join('; '));
  return { pass: false, detail: parts.join('; '), hops: ans.hops };
}

// ---- objects ---------------------------------------------------------------------------------

/** `Service/shop/web` → `Service shop/web` in messages. */
function shown(ref: string): string {
  const i = ref.indexOf('/');
  return `${ref.slice(0, i)} ${ref.slice(i + 1)}`;
}

function object(c: ObjectCheck, cluster: Cluster): Outcome {
  const obj = findObject(cluster, c.ref);
  if (!obj) return single(false, 'object', `there is no ${shown(c.ref)} in the cluster`);
  const p = parseObjectPath(c.path);
  if (!p.ok) return single(false, 'object', p.error);
  const v = valueAt(obj, p.segments);
  const want = JSON.stringify(c.equals);
  if (!v.found) return single(c.equals === null, 'object', `${shown(c.ref)} has no ${c.path}${c.equals === null ? '' : ` (expected ${want})`}`);
  if (deepEqual(v.value, c.equals)) return single(true, 'object', `${shown(c.ref)} ${c.path} is ${want}`);
  return single(false, 'object', `${shown(c.ref)} ${c.path} is ${JSON.stringify(v.value)}, expected ${want}`);
}

/**
 * What "unchanged" compares: the object without its status and without metadata other than
 * labels (so spec, and data/subsets/rules for kinds without a spec), since metadata such as
 * resourceVersion and status change with no one touching the object.
 */
function comparable(o: KObject): Record<string, unknown> {
  const { metadata, status: _status, ...rest } = o as KObject & { status?: unknown };
  return { ...rest, metadata: { labels: metadata.labels ?? {} } };
}

function unchanged(c: UnchangedCheck, ctx: GradeContext): Outcome {
  const before = findObject(ctx.setup, c.ref);
  if (!before) return single(false, 'object', `there is no ${shown(c.ref)} in the setup to compare with`);
  const now = findObject(ctx.cluster, c.ref);
  if (!now) return single(false, 'object', `${shown(c.ref)} was deleted; the task says to leave it as it is`);
  const diff = firstDifference(comparable(before), comparable(now), []);
  if (!diff) return single(true, 'object', `${shown(c.ref)} is as set up`);
  const at = formatPath(diff.path);
  const was = diff.before === undefined ? 'absent' : JSON.stringify(diff.before);
  const is = diff.after === undefined ? 'absent' : JSON.stringify(diff.after);
  return single(false, 'object', `${shown(c.ref)} was changed: ${at} was ${was}, now ${is}; the task says to leave it as it is`);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  return firstDifference(a, b, []) === undefined;
}

function firstDifference(a: unknown, b: unknown, path: PathSegment[]): { path: PathSegment[]; before: unknown; after: unknown } | undefined {
  if (a === b) return undefined;
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifference(a[i], b[i], [...path, i]);
      if (d) return d;
    }
    return undefined;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const ao = a as Record<string, unknown>, bo = b as Record<string, unknown>;
    for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) {
      const d = firstDifference(ao[k], bo[k], [...path, k]);
      if (d) return d;
    }
    return undefined;
  }
  return { path, before: a, after: b };
}
