// The schema of a check (DESIGN.md "Check kinds"): each is a mapping with an optional `name`
// and exactly one of reach, deny, http, object, unchanged. Everything that can be checked
// without a cluster is checked here (address forms, selectors, paths), so a typo is reported
// at its line rather than as a check that can never pass.
import { isScalar } from 'yaml';
import { parseSelector } from '../sim/selectors.js';
import { isNamespaced } from '../sim/meta.js';
import { parseObjectPath } from './object-path.js';
import { asFields, describeNode, index, readNumber, scalarValue, toData, type Fields, type N, type Reader } from './yaml-read.js';
import { CHECK_KINDS, type Check, type PodPort, type PodSet } from './types.js';

// IANA_SVC_NAME (validation.IsValidPortName): what a container port's name may be.
const PORT_NAME = /^(?=.*[a-z])[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function readChecks(r: Reader, f: Fields, key = 'checks'): Check[] | undefined {
  const seq = f.seq(key, { required: true, min: 1 });
  if (!seq) return undefined;
  const out: Check[] = [];
  let ok = true;
  seq.items.forEach((item, i) => {
    const c = readCheck(r, item as N, index(f.at(key), i));
    if (c) out.push(c); else ok = false;
  });
  return ok ? out : undefined;
}

function readCheck(r: Reader, node: N, path: string): Check | undefined {
  const f = asFields(r, node, path);
  if (!f) return undefined;
  const kinds = f.names().filter((n) => (CHECK_KINDS as string[]).includes(n));
  const known = f.only(['name', ...CHECK_KINDS]);
  if (kinds.length !== 1) {
    if (known || kinds.length > 1)
      r.problem(node, path, kinds.length === 0 ? `a check needs one of ${CHECK_KINDS.join(', ')}` : `a check has exactly one of ${CHECK_KINDS.join(', ')}, found ${kinds.join(' and ')}`);
    return undefined;
  }
  const name = f.has('name') ? f.str('name') : undefined;
  if (f.has('name') && name === undefined) return undefined;
  const kind = kinds[0]!;
  const where = r.where(node, path);
  const at = f.at(kind);
  const base = { ...(name !== undefined ? { name } : {}), where };
  switch (kind) {
    case 'unchanged': {
      const ref = readRef(r, f.value(kind), at, f.keyNode(kind));
      return ref === undefined ? undefined : { kind, ref, ...base };
    }
    case 'object': {
      const o = f.map(kind);
      if (!o || !o.only(['ref', 'path', 'equals'])) return undefined;
      const ref = o.has('ref') ? readRef(r, o.value('ref'), o.at('ref'), o.keyNode('ref')) : o.missing('ref');
      const path = o.str('path', { required: true });
      if (path !== undefined) {
        const p = parseObjectPath(path);
        if (!p.ok) { r.problem(o.value('path'), o.at('path'), p.error); return undefined; }
      }
      if (!o.has('equals')) return o.missing('equals');
      if (ref === undefined || path === undefined) return undefined;
      return { kind, ref, path, equals: toData(o.value('equals')), ...base };
    }
    case 'deny': {
      const o = f.map(kind);
      if (!o || !o.only(['from', 'to'])) return undefined;
      const from = readFrom(r, o, true), to = readTo(r, o);
      return from === undefined || to === undefined ? undefined : { kind, from, to, ...base };
    }
    case 'reach': {
      const o = f.map(kind);
      if (!o || !o.only(['from', 'to', 'pods', 'port'])) return undefined;
      const from = readFrom(r, o, true), to = readTo(r, o);
      const pods = readPods(r, o, true);
      const port = o.has('port') ? readPort(r, o.value('port'), o.at('port'), o.keyNode('port')) : o.missing('port');
      if (from === undefined || to === undefined || pods === undefined || port === undefined) return undefined;
      return { kind, from, to, pods, port, ...base };
    }
    case 'http': {
      const o = f.map(kind);
      if (!o || !o.only(['url', 'headers', 'from', 'backend', 'status', 'pods', 'port'])) return undefined;
      let ok = true;
      const url = o.str('url', { required: true });
      if (url !== undefined) {
        let u: URL | undefined;
        try { u = new URL(url); } catch { /* reported below */ }
        if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname) { r.problem(o.value('url'), o.at('url'), `expected an absolute http:// URL (http://ADDRESS[:PORT]/path), found ${JSON.stringify(url)}`); ok = false; }
      } else ok = false;
      let headers: Record<string, string> | undefined;
      if (o.has('headers')) {
        const h = o.map('headers');
        if (!h) ok = false;
        else {
          headers = {};
          for (const k of h.names()) {
            const v = scalarValue(h.value(k));
            if (typeof v !== 'string' && typeof v !== 'number') { r.problem(h.value(k), h.at(k), `expected text, found ${describeNode(h.value(k))}`, { fallback: h.keyNode(k) }); ok = false; continue; }
            headers[k] = String(v);
          }
        }
      }
      const from = o.has('from') ? readFrom(r, o, false) : undefined;
      if (o.has('from') && from === undefined) ok = false;
      const expects = ['backend', 'status', 'pods'].filter((k) => o.has(k));
      if (expects.length !== 1) {
        r.problem(node, at, expects.length === 0 ? 'an http check expects one of backend, status or pods' : `an http check expects exactly one of backend, status or pods, found ${expects.join(' and ')}`, { fallback: f.value(kind) });
        return undefined;
      }
      const out: Check = { kind: 'http', url: url ?? '', ...base };
      if (headers) out.headers = headers;
      if (from !== undefined) out.from = from;
      if (o.has('backend')) {
        const b = o.str('backend');
        if (b !== undefined && !/^[a-z0-9-]+\/[a-z0-9-]+:([0-9]+|[a-z0-9-]+)$/.test(b)) { r.problem(o.value('backend'), o.at('backend'), `expected NS/SERVICE:PORT (the port as the route names it), found ${JSON.stringify(b)}`); ok = false; }
        if (b === undefined) ok = false; else out.backend = b;
      }
      if (o.has('status')) {
        const s = o.num('status', { integer: true, min: 100, max: 599 });
        if (s === undefined) ok = false; else out.status = s;
      }
      if (o.has('pods')) {
        const pods = readPods(r, o, true);
        if (pods === undefined) ok = false; else out.pods = pods;
      }
      if (o.has('port')) {
        if (!o.has('pods')) { r.problem(o.keyNode('port'), o.at('port'), 'port goes with pods: the port the expected pods answer on'); ok = false; }
        const p = readPort(r, o.value('port'), o.at('port'), o.keyNode('port'));
        if (p === undefined) ok = false; else out.port = p;
      }
      return ok ? out : undefined;
    }
  }
  return undefined;
}

/** `KIND/NS/NAME`, or `KIND/NAME` for a cluster-scoped kind. */
function readRef(r: Reader, node: N, path: string, fallback: N): string | undefined {
  const v = scalarValue(node);
  if (typeof v !== 'string') { r.problem(node, path, `expected KIND/NS/NAME, found ${describeNode(node)}`, { fallback }); return undefined; }
  const parts = v.split('/');
  const kind = parts[0] ?? '';
  const namespaced = isNamespaced(kind);
  const want = namespaced ? 3 : 2;
  if (!/^[A-Z][A-Za-z]*$/.test(kind) || parts.length !== want || parts.slice(1).some((p) => p === '')) {
    r.problem(node, path, namespaced ? `expected KIND/NS/NAME (e.g. Service/shop/web, the kind as in the object's "kind"), found ${JSON.stringify(v)}` : `${kind} is cluster-scoped: expected ${kind}/NAME, found ${JSON.stringify(v)}`);
    return undefined;
  }
  return v;
}

function readFrom(r: Reader, o: Fields, required: boolean): string | undefined {
  const v = o.str('from', { required });
  if (v === undefined) return undefined;
  if (v === 'external' || /^node\/[^/]+$/.test(v)) return v;
  const parts = v.split('/');
  if (parts.length === 2 && DNS_LABEL.test(parts[0]!) && parts[1] !== '') return v;
  r.problem(o.value('from'), o.at('from'), `expected NS/POD, node/NAME or external, found ${JSON.stringify(v)}`);
  return undefined;
}

function readTo(r: Reader, o: Fields): string | undefined {
  if (!o.has('to')) return o.missing('to');
  const node = o.value('to');
  const v = scalarValue(node);
  const m = typeof v === 'string' ? /^(.+):(\d+)$/.exec(v.trim()) : null;
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535) {
    r.problem(node, o.at('to'), `expected HOST:PORT with a port number (a Service name, ClusterIP, node IP or pod IP, as a client connects), found ${describeNode(node)}`, { fallback: o.keyNode('to') });
    return undefined;
  }
  return v as string;
}

function readPods(r: Reader, o: Fields, required: boolean): PodSet | undefined {
  const p = o.map('pods', { required });
  if (!p || !p.only(['namespace', 'selector'])) return undefined;
  const namespace = p.str('namespace', { required: true });
  if (namespace !== undefined && !DNS_LABEL.test(namespace)) { r.problem(p.value('namespace'), p.at('namespace'), `expected a namespace name, found ${JSON.stringify(namespace)}`); return undefined; }
  const selector = p.str('selector', { required: true });
  if (selector !== undefined) {
    const s = parseSelector(selector);
    if (!s.ok) { r.problem(p.value('selector'), p.at('selector'), `expected a label selector such as app=web: ${s.error}`); return undefined; }
    if (selector.trim() === '') return undefined;
  }
  return namespace === undefined || selector === undefined ? undefined : { namespace, selector };
}

function readPort(r: Reader, node: N, path: string, fallback: N): PodPort | undefined {
  const v = isScalar(node) ? node.value : undefined;
  if (typeof v === 'number') return readNumber(r, node, path, { integer: true, min: 1, max: 65535 }, fallback);
  if (typeof v === 'string' && PORT_NAME.test(v) && v.length <= 15) return v;
  r.problem(node, path, `expected a number or a port name, found ${describeNode(node)}`, { fallback });
  return undefined;
}
