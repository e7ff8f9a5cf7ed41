import test from 'ava';
import type { Key } from 'ink';
import { footerText, matchKey } from '../../source/ui/keys.js';

const none: Key = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false } as Key;

test('the footer lists exactly the active bindings, and Ctrl-C when q does not quit', (t) => {
  t.is(footerText(['up', 'down', 'select', 'quit']), '↑/k up · ↓/j down · Enter open · q quit');
  t.is(footerText(['back']), 'q/Esc back · Ctrl-C quit');
});

test('keys match only the bindings active on the screen', (t) => {
  t.is(matchKey(['up', 'down'], 'k', none), 'up');
  t.is(matchKey(['up', 'down'], '', { ...none, downArrow: true }), 'down');
  t.is(matchKey(['back'], '', { ...none, escape: true }), 'back');
  t.is(matchKey(['up'], 'q', none), undefined);
});
