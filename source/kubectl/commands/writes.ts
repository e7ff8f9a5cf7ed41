// Shared by the commands that create objects: creating them one by one on the simulated API
// server and printing each failure as that command prints it.
import type { KObject } from '../../sim/types.js';
import type { CommandContext } from '../context.js';
import { createObject, type WriteFailure } from '../api/write.js';
import { alreadyExistsText, refusalText, statusMessage, alreadyExistsMessage, type ErrorSource } from '../api/errors.js';
import type { ApiView } from '../api/view.js';
import { serverErrorLine, errorLine } from '../result.js';

/** How a command reports the API server's refusal. */
export type FailureStyle = { kind: 'checkErr' } | { kind: 'wrapped'; prefix: string };

export function failureText(f: WriteFailure, style: FailureStyle = { kind: 'checkErr' }, source?: ErrorSource): string {
  if (style.kind === 'wrapped') {
    const message = f.reason === 'AlreadyExists' ? alreadyExistsMessage(f.object)
      : f.reason === 'NamespaceNotFound' ? `namespaces "${f.namespace}" not found`
        : statusMessage(f.rejected);
    return errorLine(`${style.prefix}${message}`);
  }
  switch (f.reason) {
    case 'AlreadyExists': return alreadyExistsText(f.object, source);
    case 'NamespaceNotFound': return serverErrorLine('NotFound', `${source ? `error when ${source.verb} "${source.file}": ` : ''}namespaces "${f.namespace}" not found`);
    default: return refusalText(f.rejected, source);
  }
}

/** The namespace an object goes to: its own, else -n or the context's. */
export function withNamespace(obj: KObject, c: CommandContext): KObject {
  return { ...obj, metadata: { ...(obj.metadata ?? {}), namespace: obj.metadata?.namespace || c.namespace } };
}

/**
 * Create objects in order on `view`; stops at the first failure (what a generator command
 * does). Returns the stored objects and the last view.
 */
export function createAll(view: ApiView, objects: KObject[], now: Date): { ok: true; view: ApiView; stored: KObject[] } | { ok: false; failure: WriteFailure; view: ApiView; stored: KObject[] } {
  const stored: KObject[] = [];
  let current = view;
  for (const obj of objects) {
    const r = createObject(current, obj, now);
    if (!r.ok) return { ok: false, failure: r, view: current, stored };
    current = r.view;
    stored.push(r.stored ?? obj);
  }
  return { ok: true, view: current, stored };
}
