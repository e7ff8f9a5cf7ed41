// The field path of an `object` check: `spec.ports[0].nodePort`, `spec.selector.app`,
// `metadata.labels["app.kubernetes.io/name"]` (a key with dots or slashes goes in brackets).

export type PathSegment = string | number;

export function parseObjectPath(text: string): { ok: true; segments: PathSegment[] } | { ok: false; error: string } {
  const segments: PathSegment[] = [];
  let i = 0;
  const bad = (why: string) => ({ ok: false as const, error: `${why} at character ${i + 1} of "${text}" (write fields as spec.ports[0].nodePort or metadata.labels["app.kubernetes.io/name"])` });
  if (text.trim() === '') return { ok: false, error: 'the path is empty' };
  let expectName = true;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '[') {
      const close = text.indexOf(']', i);
      if (close < 0) return bad('unclosed "["');
      const inner = text.slice(i + 1, close).trim();
      if (/^\d+$/.test(inner)) segments.push(Number(inner));
      else if (/^"[^"]*"$|^'[^']*'$/.test(inner)) segments.push(inner.slice(1, -1));
      else return bad('expected a list index or a quoted key in "[…]"');
      i = close + 1;
      expectName = false;
      continue;
    }
    if (c === '.') {
      if (expectName) return bad('an empty field name');
      i++;
      expectName = true;
      continue;
    }
    if (!expectName) return bad('expected "." or "["');
    const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
    if (!m) return bad(`unexpected "${c}"`);
    segments.push(m[0]);
    i += m[0].length;
    expectName = false;
  }
  if (expectName) return bad('a path may not end with "."');
  return { ok: true, segments };
}

/** The value at a path; `found` is false when some step of it is missing. */
export function valueAt(root: unknown, segments: PathSegment[]): { found: boolean; value: unknown } {
  let v: unknown = root;
  for (const s of segments) {
    if (typeof s === 'number') {
      if (!Array.isArray(v) || s >= v.length) return { found: false, value: undefined };
      v = v[s];
    } else {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || !Object.prototype.hasOwnProperty.call(v, s)) return { found: false, value: undefined };
      v = (v as Record<string, unknown>)[s];
    }
  }
  return { found: true, value: v };
}

export function formatPath(segments: PathSegment[]): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z0-9_-]+$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
