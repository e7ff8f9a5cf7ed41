import test from 'ava';
import { checkProfileName, dataHome, defaultProfile, progressFile } from '../../source/progress/paths.js';

test('KUBEPREP_HOME wins, then XDG_DATA_HOME, then ~/.local/share', (t) => {
  t.is(dataHome({ KUBEPREP_HOME: '/k', XDG_DATA_HOME: '/x' }), '/k');
  t.is(dataHome({ XDG_DATA_HOME: '/x' }), '/x/kubeprep');
  t.regex(dataHome({}), /\.local\/share\/kubeprep$/);
  t.is(progressFile('ana', { KUBEPREP_HOME: '/k' }), '/k/ana.json');
});

test('profile names are safe file names', (t) => {
  for (const good of ['ana', 'student-01', 'a.b_c']) t.is(checkProfileName(good), undefined, good);
  for (const bad of ['', '../x', 'a/b', '.hidden', 'x'.repeat(65), 'a b']) t.truthy(checkProfileName(bad), bad);
});

test('the default profile is $USER when it is a safe name, else "default"', (t) => {
  t.is(defaultProfile({ USER: 'ana' }), 'ana');
  t.is(defaultProfile({ USER: '../evil' }), 'default');
});
