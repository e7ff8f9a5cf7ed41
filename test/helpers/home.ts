import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh KUBEPREP_HOME for one test, so no test sees another's progress. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'kubeprep-test-'));
}
