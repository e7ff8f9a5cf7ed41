import test from 'ava';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openProgress, update } from '../../source/progress/store.js';
import { SCHEMA_VERSION } from '../../source/progress/schema.js';
import { tempHome } from '../helpers/home.js';

const now = () => new Date('2026-11-26T10:00:00Z');
const envFor = (home: string) => ({ KUBEPREP_HOME: home });

test('a first open creates the profile file, private (0600), with the current schema', (t) => {
  const home = tempHome();
  const r = openProgress('ana', { env: envFor(home), now });
  if (!r.ok) return t.fail(r.message);
  const file = join(home, 'ana.json');
  t.is(r.store.file, file);
  t.is(statSync(file).mode & 0o777, 0o600);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  t.is(saved.schemaVersion, SCHEMA_VERSION);
  t.is(saved.profile, 'ana');
  t.is(r.notice, undefined);
});

test('an update is on disk at once, the file stays 0600 and no temp file is left behind', (t) => {
  const home = tempHome();
  const r = openProgress('ana', { env: envFor(home), now });
  if (!r.ok) return t.fail(r.message);
  update(r.store, (d) => { d.lessons['dns'] = { readAt: 'x' }; }, now());
  const again = openProgress('ana', { env: envFor(home), now });
  if (!again.ok) return t.fail(again.message);
  t.deepEqual(again.store.data.lessons['dns'], { readAt: 'x' });
  t.is(statSync(join(home, 'ana.json')).mode & 0o777, 0o600);
  t.deepEqual(readdirSync(home), ['ana.json']);
});

const unreadable: Array<{ name: string; bytes: Buffer | string; problem: RegExp }> = [
  { name: 'half-written JSON', bytes: '{"schemaVersion": 1, "lessons": {', problem: /not valid JSON/ },
  { name: 'not an object', bytes: '[1,2,3]', problem: /not a JSON object/ },
  { name: 'no schemaVersion', bytes: '{"lessons":{}}', problem: /no valid schemaVersion/ },
  { name: 'a field of the wrong type', bytes: '{"schemaVersion":1,"lessons":{},"scenarios":[],"exams":[],"review":{}}', problem: /"scenarios" is not an object/ },
  { name: 'not UTF-8', bytes: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), problem: /not valid UTF-8/ },
];
for (const c of unreadable) {
  test(`an unreadable file (${c.name}) is kept aside, reported, and a fresh one started`, (t) => {
    const home = tempHome();
    writeFileSync(join(home, 'ana.json'), c.bytes);
    const r = openProgress('ana', { env: envFor(home), now });
    if (!r.ok) return t.fail(r.message);
    t.regex(r.notice ?? '', c.problem);
    const aside = readdirSync(home).filter((f) => f.startsWith('ana.json.corrupt-'));
    t.is(aside.length, 1);
    t.true(r.notice!.includes(aside[0]!));
    t.deepEqual(readFileSync(join(home, aside[0]!)), Buffer.from(c.bytes));
    t.is(JSON.parse(readFileSync(join(home, 'ana.json'), 'utf8')).schemaVersion, SCHEMA_VERSION);
  });
}

test('a file from a newer kubeprep is refused and left exactly as it was', (t) => {
  const home = tempHome();
  const text = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, lessons: {}, scenarios: {}, exams: [], review: {} });
  writeFileSync(join(home, 'ana.json'), text);
  const r = openProgress('ana', { env: envFor(home), now });
  t.false(r.ok);
  if (!r.ok) t.regex(r.message, /newer kubeprep.*left untouched/);
  t.is(readFileSync(join(home, 'ana.json'), 'utf8'), text);
  t.deepEqual(readdirSync(home), ['ana.json']);
});
