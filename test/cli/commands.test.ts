import test from 'ava';
import { commands, findCommand, helpText } from '../../source/cli/commands.js';

test('the longest command name wins', (t) => {
  t.is(findCommand(['sim', 'route', '-f', 'x'])?.command.name, 'sim route');
  t.deepEqual(findCommand(['sim', 'route', '-f', 'x'])?.rest, ['-f', 'x']);
  t.is(findCommand(['content', 'validate'])?.command.name, 'content validate');
  t.is(findCommand(['sim']), undefined);
  t.is(findCommand(['frob']), undefined);
});

test('help has a line for every command of the contract', (t) => {
  const help = helpText('1.2.3');
  for (const c of commands) t.true(help.includes(`kubeprep${c.name ? ' ' + c.name : ''}`), c.name);
  for (const name of ['lesson', 'scenario', 'exam', 'progress', 'report', 'content validate', 'check', 'sim validate', 'sim route', 'sim dns', 'sim ingress', 'sim http', 'sim status', 'kubectl'])
    t.true(commands.some((c) => c.name === name), name);
});
