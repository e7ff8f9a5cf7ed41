// `kubectl rollout status|history|undo|restart deployment/NAME` (pkg/cmd/rollout,
// polymorphichelpers): revisions are the Deployment's ReplicaSets and their
// deployment.kubernetes.io/revision annotations (see api/deployments.ts). The simulator's
// rollouts finish at once, so status reports success straight away.
import type { KObject } from '../../sim/types.js';
import { clone } from '../../sim/meta.js';
import { dryRunStrategy, flagInt, flagString, flagStrings } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { updateObject } from '../api/write.js';
import { ownedReplicaSets, revisionOf } from '../api/deployments.js';
import { rfc3339 } from '../api/metadata.js';
import { failureText } from './writes.js';
import { resolveTargets } from './targets.js';
import { CHANGE_FORMATS, parseOutputFormat } from '../printers/output.js';
import { printResult } from './print.js';
import { tabwrite } from '../printers/tabwriter.js';
import { nameOf } from '../printers/index.js';
import { failure } from '../result.js';
import { sameTemplate } from '../describe/workloads.js';

const NOT_SUPPORTED: Record<string, string> = { status: 'no status viewer', history: 'no history viewer', undo: 'no rollbacker', restart: 'no restarter' };

function targets(c: CommandContext) {
  return resolveTargets(c, { args: c.cmd.args, files: flagStrings(c.cmd, 'filename'), selector: flagString(c.cmd, 'selector') });
}

/** polymorphichelpers: "no status viewer has been implemented for Service" (schema.GroupKind). */
function unsupported(verb: string, obj: KObject): string {
  const group = obj.apiVersion?.includes('/') ? obj.apiVersion.split('/')[0] : '';
  return `error: ${NOT_SUPPORTED[verb]} has been implemented for ${group ? `${obj.kind}.${group}` : obj.kind}\n`;
}

export function rolloutStatusCommand(c: CommandContext): CommandOutcome {
  const t = targets(c);
  if (!t.ok) return t.result;
  let stdout = '';
  let stderr = '';
  for (const obj of t.objects) {
    if (obj.kind !== 'Deployment') { stderr += unsupported('status', obj); continue; }
    const want = flagInt(c.cmd, 'revision');
    if (want > 0 && revisionOf(obj) !== want) { stderr += `error: desired revision (${want}) is different from the running revision (${revisionOf(obj)})\n`; continue; }
    stdout += `deployment "${obj.metadata.name}" successfully rolled out\n`;
  }
  return { stdout, stderr: stderr + t.errors, exitCode: stderr || t.errors ? 1 : 0 };
}

export function rolloutHistoryCommand(c: CommandContext): CommandOutcome {
  const t = targets(c);
  if (!t.ok) return t.result;
  let stdout = '';
  let stderr = '';
  const want = flagInt(c.cmd, 'revision');
  for (const obj of t.objects) {
    if (obj.kind !== 'Deployment') { stderr += unsupported('history', obj); continue; }
    const history = new Map<number, KObject>();
    for (const rs of ownedReplicaSets(c.view(), obj)) history.set(revisionOf(rs) || 1, rs);
    if (want > 0) {
      const rs = history.get(want);
      if (!rs) { stderr += `error: unable to find the specified revision\n`; continue; }
      stdout += `${nameOf(obj)} with revision #${want}\n${podTemplateText(rs.spec?.template)}\n`;
      continue;
    }
    const rows = [...history.keys()].sort((a, b) => a - b).map((r) => `${r}\t${history.get(r)!.metadata.annotations?.['kubernetes.io/change-cause'] || '<none>'}\n`);
    stdout += `${nameOf(obj)} \n${tabwrite(`REVISION\tCHANGE-CAUSE\n${rows.join('')}`, { minWidth: 0, padding: 2 })}\n`;
  }
  return { stdout, stderr: stderr + t.errors, exitCode: stderr || t.errors ? 1 : 0 };
}

/** The pod template part of `rollout history --revision=N` (DescribePodTemplate). */
function podTemplateText(template: any): string {
  const labels = Object.entries(template?.metadata?.labels ?? {}).filter(([k]) => k !== 'pod-template-hash').map(([k, v]) => `${k}=${v}`).sort();
  const lines = ['Pod Template:', `  Labels:\t${labels[0] ?? '<none>'}`, ...labels.slice(1).map((l) => `\t${l}`), '  Containers:'];
  for (const ctr of template?.spec?.containers ?? []) {
    lines.push(`   ${ctr.name}:`, `    Image:\t${ctr.image ?? ''}`);
    const ports = (ctr.ports ?? []).map((p: any) => `${p.containerPort}/${p.protocol ?? 'TCP'}`).join(', ');
    lines.push(ports.includes(',') ? `    Ports:\t${ports}` : `    Port:\t${ports || '<none>'}`);
    lines.push(`    Environment:\t<none>`, `    Mounts:\t<none>`);
  }
  lines.push('  Volumes:\t<none>', '  Node-Selectors:\t<none>', '  Tolerations:\t<none>');
  return tabwrite(lines.join('\n') + '\n', { minWidth: 0, padding: 2 });
}

export function rolloutUndoCommand(c: CommandContext): CommandOutcome {
  const dry = dryRunStrategy(c.cmd, c.env.now);
  if ('error' in dry) return dry.error;
  const output = parseOutputFormat(flagString(c.cmd, 'output'), CHANGE_FORMATS);
  if (!output.ok) return failure(output.error);
  const t = targets(c);
  if (!t.ok) return t.result;
  let view = c.view();
  let changed = false;
  let stdout = '';
  let stderr = dry.warning;
  const toRevision = flagInt(c.cmd, 'to-revision');
  for (const obj of t.objects) {
    if (obj.kind !== 'Deployment') { stderr += unsupported('undo', obj); continue; }
    const rsList = ownedReplicaSets(view, obj);
    const current = revisionOf(obj) || Math.max(0, ...rsList.map(revisionOf));
    // DeploymentRollbacker: the previous revision, or the one asked for
    const candidates = rsList.filter((rs) => (toRevision > 0 ? revisionOf(rs) === toRevision : revisionOf(rs) < current && revisionOf(rs) > 0));
    const target = candidates.sort((a, b) => revisionOf(b) - revisionOf(a))[0];
    if (!target) {
      stderr += toRevision > 0 ? `error: unable to find specified revision ${toRevision} in history\n` : `error: no rollout history found for deployment "${obj.metadata.name}"\n`;
      continue;
    }
    if (sameTemplate(target.spec?.template, obj.spec?.template)) {
      stdout += `${nameOf(obj)} skipped rollback (current template already matches revision ${revisionOf(target)})\n`;
      continue;
    }
    const next = clone(obj);
    const template = clone(target.spec.template);
    if (template.metadata?.labels) delete template.metadata.labels['pod-template-hash'];
    next.spec = { ...next.spec, template };
    if (dry.strategy !== 'none') { stdout += printResult([next], output.format, 'rolled back', dry.strategy, 'unstructured').stdout; continue; }
    const r = updateObject(view, next, obj, c.env.now);
    if (!r.ok) { stderr += failureText(r); continue; }
    view = r.view;
    changed = true;
    stdout += printResult([r.stored ?? next], output.format, 'rolled back', 'none', 'unstructured').stdout;
  }
  const failed = stderr !== dry.warning || !!t.errors;
  return { stdout, stderr: stderr + t.errors, exitCode: failed ? 1 : 0, ...(changed ? { view } : {}) };
}

export function rolloutRestartCommand(c: CommandContext): CommandOutcome {
  const output = parseOutputFormat(flagString(c.cmd, 'output'), CHANGE_FORMATS);
  if (!output.ok) return failure(output.error);
  const t = targets(c);
  if (!t.ok) return t.result;
  let view = c.view();
  let changed = false;
  let stdout = '';
  let stderr = '';
  for (const obj of t.objects) {
    if (obj.kind !== 'Deployment') { stderr += unsupported('restart', obj); continue; }
    const next = clone(obj);
    const tm = (next.spec.template.metadata ??= {});
    tm.annotations = { ...(tm.annotations ?? {}), 'kubectl.kubernetes.io/restartedAt': rfc3339(c.env.now).replace('Z', '+00:00') };
    const r = updateObject(view, next, obj, c.env.now);
    if (!r.ok) { stderr += failureText(r); continue; }
    view = r.view;
    changed = true;
    stdout += printResult([r.stored ?? next], output.format, 'restarted', 'none', 'unstructured').stdout;
  }
  return { stdout, stderr: stderr + t.errors, exitCode: stderr || t.errors ? 1 : 0, ...(changed ? { view } : {}) };
}
