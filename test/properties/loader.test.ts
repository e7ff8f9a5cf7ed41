// Property: the cluster-file loader never throws, whatever it is given; it answers with
// objects or with one positioned error (FILE:LINE:COL), as the CLI prints it.
import test from 'ava';
import fc from 'fast-check';
import { decodeManifest, parseManifests, type LoadResult } from '../../source/sim/loader.js';

const RUNS = 200;

function wellFormed(r: LoadResult, text: string): boolean {
  if (r.ok) return Array.isArray(r.objects) && r.objects.every((o) => typeof o.kind === 'string' && typeof o.metadata === 'object');
  const lines = text.split('\n').length;
  return r.error.file === 'f.yaml' && Number.isInteger(r.error.line) && r.error.line >= 1 && r.error.line <= lines + 1 &&
    Number.isInteger(r.error.col) && r.error.col >= 1 && r.error.message.length > 0;
}

// Pieces of YAML and of kubectl's output, so that random text gets past the first character.
const token = fc.constantFrom(
  'apiVersion: v1', 'kind: Service', 'kind: List', 'items:', 'metadata:', '  name: web', '  namespace: x', 'spec:',
  '  ports:', '  - port: 80', '- ', '---', '...', '&a', '*a', '[', ']', '{', '}', ':', '"', "'", '|', '>', '#', '!!str', '!!binary',
  '\t', '  ', '\n', 'null', '~', 'yes', '0777', '2024-01-01', '? ', '%YAML 1.2', '%TAG ! tag:x:', '<<: *a', 'kind: ', '{"kind":"Pod"}',
);
const yamlish = fc.tuple(fc.array(fc.oneof(token, fc.string({ maxLength: 6 })), { maxLength: 40 }), fc.constantFrom('\n', ' ', '')).map(([parts, sep]) => parts.join(sep));
const joinedLines = fc.array(fc.oneof(token, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((p) => p.join('\n'));

test('parseManifests never throws on arbitrary text', (t) => {
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => wellFormed(parseManifests(s, 'f.yaml'), s)), { numRuns: RUNS });
  t.pass();
});

test('parseManifests never throws on YAML-like text', (t) => {
  fc.assert(fc.property(fc.oneof(yamlish, joinedLines), (s) => wellFormed(parseManifests(s, 'f.yaml'), s)), { numRuns: RUNS * 2 });
  t.pass();
});

test('decode + parse never throw on arbitrary bytes; bad UTF-8 is a positioned error', (t) => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
    const d = decodeManifest(bytes, 'f.yaml');
    if (!d.ok) return d.error.line >= 1 && d.error.col >= 1 && /UTF-8/.test(d.error.message);
    return wellFormed(parseManifests(d.text, 'f.yaml'), d.text);
  }), { numRuns: RUNS });
  t.pass();
});

test('any JSON value is loaded or refused, never thrown', (t) => {
  fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
    const s = JSON.stringify(v);
    return wellFormed(parseManifests(s, 'f.yaml'), s);
  }), { numRuns: RUNS });
  t.pass();
});

test('an alias bomb of any depth is refused quickly', (t) => {
  fc.assert(fc.property(fc.integer({ min: 2, max: 12 }), fc.integer({ min: 2, max: 10 }), (depth, width) => {
    const lines = ['a0: &a0 [x, x]'];
    for (let i = 1; i <= depth; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: width }, () => `*a${i - 1}`).join(', ')}]`);
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n` + lines.map((l) => '  ' + l).join('\n') + '\n';
    const started = Date.now();
    const r = parseManifests(text, 'f.yaml');
    const quick = Date.now() - started < 2000;
    // small ones (under the alias limit) may load; large ones must be refused with a position
    return quick && (r.ok || (r.error.line >= 1 && r.error.col >= 1));
  }), { numRuns: 60 });
  t.pass();
});
