// A lowdb adapter that writes atomically and keeps the file private: lowdb's own JSONFile
// writes a temp file and renames it, which leaves the default 0644 mode. Here the temp file
// is created 0600, flushed to disk, then renamed over the old one, so a crash at any
// moment leaves either the old or the new file, never half of one.
import { closeSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, writeSync, mkdirSync, unlinkSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { SyncAdapter } from 'lowdb';

export class PrivateJSONFile<T> implements SyncAdapter<T> {
  constructor(private readonly file: string) {}

  /** The raw bytes, or null when there is no file. Decoding is the store's job, so it can tell corrupt from missing. */
  readBytes(): Buffer | null {
    try { return readFileSync(this.file); }
    catch (e) { if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null; throw e; }
  }

  read(): T | null {
    const bytes = this.readBytes();
    return bytes === null ? null : (JSON.parse(bytes.toString('utf8')) as T);
  }

  write(data: T): void {
    const dir = dirname(this.file);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const tmp = join(dir, `.${basename(this.file)}.${process.pid}.tmp`);
    sweepStaleTemps(dir, basename(this.file));
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, JSON.stringify(data, null, 2) + '\n');
      fsyncSync(fd);
    } finally { closeSync(fd); }
    try { renameSync(tmp, this.file); }
    catch (e) { try { unlinkSync(tmp); } catch { /* already gone */ } throw e; }
  }
}

/**
 * A process killed between writing its temp file and renaming it leaves `.NAME.PID.tmp`
 * behind; the next save removes those of processes that are gone, so they never pile up.
 * A live process's temp file (another kubeprep saving the same profile) is left alone.
 */
function sweepStaleTemps(dir: string, name: string): void {
  let entries: string[];
  try { entries = readdirSync(dir); } catch { return; }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || alive(pid)) continue;
    try { unlinkSync(join(dir, entry)); } catch { /* another process swept it first */ }
  }
}

function alive(pid: number): boolean {
  try { process.kill(pid, 0); return true; }
  catch (e) { return (e as NodeJS.ErrnoException).code === 'EPERM'; }
}
