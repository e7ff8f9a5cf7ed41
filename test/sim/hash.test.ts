// Names and hashes shaped as Kubernetes makes them: hash/fnv New32a, rand.SafeEncodeString
// (k8s.io/apimachinery/pkg/util/rand), pkg/controller/deployment/util ComputeHash.
import test from 'ava';
import { ALPHANUMS, canonicalJson, fnv32a, nameSuffix, podTemplateHash, safeEncodeString } from '../../source/sim/hash.js';

test('fnv32a matches the reference vectors', (t) => {
  // FNV-1a 32-bit test vectors (http://www.isthe.com/chongo/src/fnv/test_fnv.c)
  t.is(fnv32a(''), 0x811c9dc5);
  t.is(fnv32a('a'), 0xe40c292c);
  t.is(fnv32a('foobar'), 0xbf9cf968);
});

test('SafeEncodeString maps digits into the vowel-less alphabet', (t) => {
  // '0'..'9' are 48..57; modulo 27 they index 4 5 6 7 8 9 b c d f
  t.is(safeEncodeString('0123456789'), '456789bcdf');
});

test('pod-template-hash: stable, key-order independent, only 4-9 b c d f', (t) => {
  const a = { metadata: { labels: { app: 'web', tier: 'fe' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
  const b = { spec: { containers: [{ image: 'nginx', name: 'c' }] }, metadata: { labels: { tier: 'fe', app: 'web' } } };
  t.is(podTemplateHash(a), podTemplateHash(b));
  t.regex(podTemplateHash(a), /^[4-9bcdf]{1,10}$/);
  t.not(podTemplateHash(a), podTemplateHash(a, 1), 'collisionCount changes the hash');
  t.is(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] }), '{"a":[1,{"c":3,"d":2}],"b":1}');
});

test('nameSuffix: 5 characters of the alphabet, deterministic', (t) => {
  const s = nameSuffix('shop/web-abc/0');
  t.is(s.length, 5);
  for (const ch of s) t.true(ALPHANUMS.includes(ch));
  t.is(nameSuffix('shop/web-abc/0'), s);
  t.not(nameSuffix('shop/web-abc/1'), s);
});
