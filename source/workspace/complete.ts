// Tab completion at the workspace prompt, as bash-completion for kubectl would offer it:
// the workspace's own words first, then kubectl verbs and subcommands, resource types, the
// names of objects of the typed type (in the -n namespace), and flags of the command.
import { ROOT, GLOBAL_FLAGS, localFlags, type CommandSpec } from '../kubectl/command-specs.js';
import { RESOURCES, resolveResourceType } from '../kubectl/resources.js';
import type { KObject } from '../sim/types.js';

const WORDS = ['kubectl', 'k', 'hint', 'trace', 'reset', 'solution', 'done', 'clear', 'help', 'alias', 'ls', 'cat', 'rm', 'vim', 'nano', 'task'];
const TYPE_WORDS = [...new Set(RESOURCES.flatMap((r) => [r.plural, r.singular, ...r.shortNames]))].sort();

export interface CompletionContext { objects: KObject[]; files: string[] }

/** Completes the last word of `before` (the text left of the cursor). */
export function completeLine(before: string, ctx: CompletionContext): { line: string; candidates: string[] } {
  const words = before.split(/\s+/);
  const current = words.pop() ?? '';
  const done = words.filter(Boolean);
  let options: string[];
  if (done.length === 0) options = WORDS;
  else if (done[0] === 'kubectl' || done[0] === 'k') options = kubectlOptions(done.slice(1), current, ctx);
  else if (['cat', 'rm', 'vim', 'vi', 'nano'].includes(done[0]!)) options = ctx.files;
  else options = [];
  const matches = [...new Set(options.filter((o) => o.startsWith(current)))].sort();
  if (matches.length === 0) return { line: before, candidates: [] };
  if (matches.length === 1) return { line: before.slice(0, before.length - current.length) + matches[0] + (matches[0]!.endsWith('=') ? '' : ' '), candidates: [] };
  const common = commonPrefix(matches);
  return { line: before.slice(0, before.length - current.length) + common, candidates: matches };
}

function kubectlOptions(args: string[], current: string, ctx: CompletionContext): string[] {
  // Walk the command tree over the words that are not flags.
  let spec: CommandSpec = ROOT;
  const positional: string[] = [];
  let namespace = 'default';
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '-n' || a === '--namespace') { namespace = args[++i] ?? namespace; continue; }
    if (a.startsWith('--namespace=')) { namespace = a.slice(12); continue; }
    if (a.startsWith('-')) continue;
    const sub = spec.subcommands?.find((s) => s.name === a || s.aliases?.includes(a));
    if (sub && positional.length === 0) { spec = sub; continue; }
    positional.push(a);
  }
  if (current.startsWith('-')) return [...localFlags(spec), ...GLOBAL_FLAGS].flatMap((f) => [`--${f.name}${f.type === 'bool' ? '' : '='}`, ...(f.shorthand ? [`-${f.shorthand}`] : [])]);
  const prev = args[args.length - 1];
  if (prev === '-n' || prev === '--namespace') return namesOf(ctx.objects, 'Namespace', undefined);
  if (prev === '-f' || prev === '--filename') return ctx.files;
  if (spec === ROOT) return (ROOT.subcommands ?? []).map((s) => s.name);
  if (spec.subcommands?.length && positional.length === 0) return spec.subcommands.map((s) => s.name);
  if (positional.length === 0) {
    if (current.includes('/')) {
      const [t] = current.split('/');
      const rt = resolveResourceType(t!);
      return rt ? namesOf(ctx.objects, rt.kind, rt.namespaced ? namespace : undefined).map((n) => `${t}/${n}`) : [];
    }
    return TYPE_WORDS;
  }
  const rt = resolveResourceType(positional[0]!.split(',')[0]!);
  return rt ? namesOf(ctx.objects, rt.kind, rt.namespaced ? namespace : undefined) : [];
}

function namesOf(objects: KObject[], kind: string, namespace: string | undefined): string[] {
  const names = new Set<string>();
  for (const o of objects) if (o.kind === kind && (namespace === undefined || (o.metadata.namespace ?? 'default') === namespace) && o.metadata.name) names.add(o.metadata.name);
  if (kind === 'Namespace') for (const o of objects) names.add(o.metadata.namespace ?? 'default');
  return [...names];
}

function commonPrefix(xs: string[]): string {
  let p = xs[0]!;
  for (const x of xs) while (!x.startsWith(p)) p = p.slice(0, -1);
  return p;
}
