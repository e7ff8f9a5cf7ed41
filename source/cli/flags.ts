// A small flag parser for kubeprep's own subcommands (kubectl's flags live in source/kubectl):
// `--name value`, `--name=value`, `-f value`, repeatable flags, booleans, and positionals.

export interface FlagSpec { [flag: string]: { value: boolean; repeat?: boolean; alias?: string } }
export type Parsed = { flags: Record<string, string[]>; bools: Set<string>; positional: string[] };

export function parseFlags(args: string[], spec: FlagSpec): Parsed | { error: string } {
  const flags: Record<string, string[]> = {};
  const bools = new Set<string>();
  const positional: string[] = [];
  const canonical = (name: string) => {
    if (spec[name]) return name;
    return Object.keys(spec).find((k) => spec[k]!.alias === name);
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { positional.push(...args.slice(i + 1)); break; }
    if (!a.startsWith('-') || a === '-') { positional.push(a); continue; }
    const eq = a.indexOf('=');
    const raw = eq > 0 ? a.slice(0, eq) : a;
    let name = canonical(raw);
    let inline = eq > 0 ? a.slice(eq + 1) : undefined;
    // -ojson, -fFILE: a short flag with its value attached
    if (!name && /^-[A-Za-z]./.test(a) && !a.startsWith('--')) { name = canonical(a.slice(0, 2)); inline = a.slice(2); }
    if (!name) return { error: `unknown flag: ${raw}` };
    const s = spec[name]!;
    if (!s.value) { if (inline !== undefined) return { error: `flag ${name} takes no value` }; bools.add(name); continue; }
    const v = inline ?? args[++i];
    if (v === undefined) return { error: `flag needs an argument: ${raw}` };
    if (flags[name] && !s.repeat) return { error: `flag ${name} given more than once` };
    (flags[name] ??= []).push(v);
  }
  return { flags, bools, positional };
}

export const one = (p: Parsed, name: string): string | undefined => p.flags[name]?.[0];
