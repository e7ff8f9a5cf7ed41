// The learner's progress: one lowdb JSON file per profile under dataHome() (DESIGN.md
// "Profiles"). Loading never loses data: a file that cannot be read is renamed aside
// (PROFILE.json.corrupt-TIME) and reported; a file from a newer kubeprep is left alone.
import { LowSync } from 'lowdb';
import { renameSync } from 'node:fs';
import { PrivateJSONFile } from './adapter.js';
import { progressFile } from './paths.js';
import { freshProgress, shapeProblem, SCHEMA_VERSION, type ProgressData } from './schema.js';

export type ProgressStore = LowSync<ProgressData> & { file: string };

export type OpenResult =
  | { ok: true; store: ProgressStore; notice?: string }
  | { ok: false; message: string };

export function openProgress(profile: string, opts: { env?: NodeJS.ProcessEnv; now?: () => Date } = {}): OpenResult {
  const now = opts.now ?? (() => new Date());
  const file = progressFile(profile, opts.env);
  const adapter = new PrivateJSONFile<ProgressData>(file);
  let bytes: Buffer | null;
  try { bytes = adapter.readBytes(); }
  catch (e) { return { ok: false, message: `cannot read progress file ${file}: ${(e as Error).message}` }; }

  let data: ProgressData | undefined;
  let notice: string | undefined;
  if (bytes !== null) {
    let problem: string | undefined;
    let parsed: unknown;
    let text: string | undefined;
    try { text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); } catch { problem = 'it is not valid UTF-8'; }
    if (text !== undefined) {
      try { parsed = JSON.parse(text); } catch (e) { problem = `it is not valid JSON (${(e as Error).message})`; }
    }
    problem ??= shapeProblem(parsed);
    if (!problem) {
      const v = (parsed as ProgressData).schemaVersion;
      if (v > SCHEMA_VERSION)
        return { ok: false, message: `progress file ${file} was written by a newer kubeprep (schema ${v}; this one reads up to ${SCHEMA_VERSION}); it was left untouched` };
      data = parsed as ProgressData;
    } else {
      const aside = `${file}.corrupt-${now().toISOString().replace(/[:.]/g, '-')}`;
      try { renameSync(file, aside); }
      catch (e) { return { ok: false, message: `progress file ${file} is unreadable (${problem}) and could not be moved aside: ${(e as Error).message}` }; }
      notice = `progress file ${file} was unreadable (${problem}); it was kept as ${aside} and a fresh one started`;
    }
  }
  const db = new LowSync<ProgressData>(adapter, freshProgress(profile, now())) as ProgressStore;
  db.file = file;
  if (data) db.data = data;
  else {
    try { db.write(); }
    catch (e) { return { ok: false, message: `cannot write progress file ${file}: ${(e as Error).message}` }; }
  }
  return { ok: true, store: db, notice };
}

/** Applies a change and saves at once, so quitting at any key loses nothing. */
export function update(store: ProgressStore, change: (d: ProgressData) => void, now: Date = new Date()): void {
  change(store.data);
  store.data.updatedAt = now.toISOString();
  store.write();
}
