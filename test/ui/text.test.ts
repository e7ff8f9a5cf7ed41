import test from 'ava';
import { wrapLine, wrapText } from '../../source/ui/text.js';

test('wraps at spaces and keeps indentation for continuation lines', (t) => {
  t.deepEqual(wrapLine('  one two three four', 12), ['  one two', '  three four']);
  t.deepEqual(wrapLine('short', 12), ['short']);
  t.deepEqual(wrapLine('abcdefghijklmnop', 8), ['abcdefgh', 'ijklmnop']);
});

test('keeps blank lines and drops trailing whitespace', (t) => {
  t.deepEqual(wrapText('a\n\nb\n\n', 20), ['a', '', 'b']);
});

test('reflow joins paragraph lines but keeps blank lines, indented lines and list items', async (t) => {
  const { reflow } = await import('../../source/ui/text.js');
  t.is(reflow('In namespace shop\nfix it.\n\nThen:\n- one\n  kubectl x\n'), 'In namespace shop fix it.\n\nThen:\n- one\n  kubectl x\n');
});
