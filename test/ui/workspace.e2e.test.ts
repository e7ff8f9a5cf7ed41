// Issue 8 "Must show" (2) and (3), in a real pty: fix a scenario with kubectl get and
// kubectl edit (EDITOR is a script), see the check turn green and the scenario marked
// solved; quit mid-scenario, reopen, and find the cluster and the history where they were.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEYS, PtyProgram } from '../helpers/pty.js';
import { tempHome } from '../helpers/home.js';

const open = (home: string, env: Record<string, string> = {}) =>
  new PtyProgram({ args: ['scenario', 'svc-selector-typo'], env: { KUBEPREP_HOME: home, USER: 'ana', ...env } });

async function type(p: PtyProgram, line: string, expect: string | RegExp) {
  p.write(line + '\r');
  return p.waitFor(expect);
}

test('fix a Service with get and edit; the check turns green and the scenario is solved', async (t) => {
  const home = tempHome();
  // kubectl edit runs $EDITOR without a shell, the file appended: here, sed edits it in place.
  const p = open(home, { EDITOR: 'sed -i s/web-frontend/web/' });
  try {
    const first = await p.waitFor('✗ web.shop:80 reaches the web pods on 8080');
    t.regex(first, /✓ Deployment web is unchanged/);
    await type(p, 'kubectl get svc -n shop', /web\s+ClusterIP\s+10\.\d+\.\d+\.\d+\s+<none>\s+80\/TCP/);
    await type(p, 'k -n shop edit svc web', 'service/web edited');
    await p.waitFor('✓ web.shop:80 reaches the web pods on 8080');
    const done = await type(p, 'done', '1/1 checks pass');
    t.regex(done, /A Service finds its pods only through its selector/);
    await p.press(KEYS.enter);
    p.write(KEYS.ctrlC);
    t.is((await p.waitExit()).code, 0);
    const saved = JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8'));
    t.is(saved.scenarios['svc-selector-typo'].status, 'solved');
    t.is(saved.scenarios['svc-selector-typo'].best, 100);
  } finally { p.kill(); }
});

test('quit mid-scenario, reopen: the cluster, the output and the history are where they were', async (t) => {
  const home = tempHome();
  const p = open(home);
  try {
    await p.waitFor('$ ');
    await type(p, 'kubectl -n shop create service clusterip extra --tcp=80:8080', 'service/extra created');
    await type(p, 'hint', 'Hint 1/3');
    p.write(KEYS.ctrlC);
    await p.waitExit();
  } finally { p.kill(); }

  const again = open(home);
  try {
    const s = await again.waitFor('service/extra created');
    t.regex(s, /Hint 1\/3/, 'the output pane is back');
    await again.press(KEYS.up);
    t.regex(await again.waitFor('$ hint'), /\$ hint/);
    await again.press(KEYS.up);
    await again.waitFor('$ kubectl -n shop create service clusterip extra --tcp=80:8080');
    await again.press(KEYS.ctrlC.replace('\x03', '\x15')); // Ctrl-U clears the line
    await type(again, 'k -n shop get svc extra', /extra\s+ClusterIP/);
    again.write(KEYS.ctrlC);
    await again.waitExit();
    const saved = JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8'));
    t.is(saved.scenarios['svc-selector-typo'].status, 'started');
    t.is(saved.scenarios['svc-selector-typo'].workspace.hintsUsed, 1);
  } finally { again.kill(); }
});

test('Tab completes at the prompt and reset asks first', async (t) => {
  const p = open(tempHome());
  try {
    await p.waitFor('$ ');
    p.write('kubectl -n shop get svc w\t');
    await p.waitFor('$ kubectl -n shop get svc web');
    await type(p, '', /web\s+ClusterIP/);
    await type(p, 'reset', 'Reset to the setup? (y/n)');
    p.write('y');
    await p.waitFor('back as set up');
    t.pass();
    p.write(KEYS.ctrlC);
    await p.waitExit();
  } finally { p.kill(); }
});

test('a half-typed line survives the terminal being made too small and back', async (t) => {
  const p = open(tempHome());
  try {
    await p.waitFor('$ ');
    p.write('kubectl -n shop get ep');
    await p.waitFor('$ kubectl -n shop get ep');
    p.resize(60, 20);
    await p.waitFor('needs 80x24');
    p.resize(80, 24);
    await p.waitFor('$ kubectl -n shop get ep');
    p.write('\r');
    t.regex(await p.waitFor(/web\s+<none>/), /web\s+<none>/);
    p.write(KEYS.ctrlC);
    await p.waitExit();
  } finally { p.kill(); }
});
