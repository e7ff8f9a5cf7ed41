// The built-in lessons/ and scenarios/ are found beside the package, from the bundle or the source.
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { builtinContentDirs, builtinContentRoot, loadBuiltinContent } from '../../source/content/builtin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

test('found from source/content/, dist/kubeprep.js and a dist/chunks/ chunk', (t) => {
  t.is(builtinContentRoot(), ROOT);
  t.is(builtinContentRoot(new URL('../../dist/kubeprep.js', import.meta.url).href), ROOT);
  t.is(builtinContentRoot(new URL('../../dist/chunks/chunk-ABC.js', import.meta.url).href), ROOT);
  t.is(builtinContentDirs().lessons, `${ROOT}/lessons`);
  t.is(builtinContentRoot('file:///nonexistent/a/b/c.js'), undefined);
  t.deepEqual(builtinContentDirs('/nonexistent'), {});
});

test('the built-in lessons load', (t) => {
  const set = loadBuiltinContent({ lessons: `${ROOT}/lessons` });
  t.is(set.lessons.length, 14);
  t.deepEqual(set.problems, []);
});
