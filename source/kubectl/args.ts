// Parse a kubectl command line (the words after "kubectl") as cobra and pflag do:
// find the command by walking the words that are not flags (cobra Command.Find and
// stripFlags), then parse flags anywhere among the arguments (pflag parseArgs: `--flag
// value`, `--flag=value`, `-f value`, `-fvalue`, `-f=value`, bool flags and grouped
// shorthands such as `-Ao`, `--` ending the flags), apply defaults, then check required
// flags. Error texts are kubectl's, word for word.
import { ROOT, GLOBAL_FLAGS, ROOT_COMMAND_NAMES, localFlags, type CommandSpec, type FlagSpec, type FlagValue } from './command-specs.js';
import { failure, klogLine, type KubectlResult } from './result.js';

export interface ParsedCommand {
  /** Command path below "kubectl": ["create", "service", "clusterip"] (canonical names, not aliases). */
  path: string[];
  spec: CommandSpec;
  /** Positional arguments, in order. */
  args: string[];
  /** How many positional arguments came before `--` (-1 without one), cobra ArgsLenAtDash. */
  argsLenAtDash: number;
  /** Every flag of the command and the global flags, defaults applied. */
  flags: Record<string, FlagValue>;
  /** Flags given on the command line (cobra Changed). */
  changed: Set<string>;
  help: boolean;
}

export type ParseOutcome =
  | { ok: true; command: ParsedCommand }
  | { ok: false; result: KubectlResult; /** set when the command is real kubectl the emulator does not offer */ unsupported?: string };

export function parseCommandLine(words: string[]): ParseOutcome {
  const { spec, path, rest } = findCommand(words);
  const commandPath = ['kubectl', ...path].join(' ');

  if (spec === ROOT) {
    // cobra legacyArgs: the root command only takes subcommands
    const positional = stripFlags(rest, allFlags(ROOT));
    if (positional.length > 0) {
      const name = positional[0];
      if (ROOT_COMMAND_NAMES.includes(name)) {
        return { ok: false, unsupported: name, result: failure(`"kubectl ${name}" is not available in kubeprep's kubectl emulator`) };
      }
      return { ok: false, result: failure(`unknown command ${goQuote(name)} for "kubectl"${suggestions(name)}`) };
    }
  }

  const known = allFlags(spec);
  const parsed: ParsedCommand = { path, spec, args: [], argsLenAtDash: -1, flags: {}, changed: new Set(), help: false };
  for (const f of known) parsed.flags[f.name] = Array.isArray(f.default) ? [...f.default] : f.default;

  const flagError = (message: string): ParseOutcome =>
    ({ ok: false, result: failure(`${message}\nSee '${commandPath} --help' for usage.`) });

  const set = (flag: FlagSpec, value: string): string | undefined => {
    const err = setFlag(parsed, flag, value);
    if (err === undefined) return undefined;
    const label = flag.shorthand ? `-${flag.shorthand}, --${flag.name}` : `--${flag.name}`;
    return `invalid argument ${goQuote(value)} for ${goQuote(label)} flag: ${err}`;
  };

  let args = rest;
  while (args.length > 0) {
    const s = args[0];
    args = args.slice(1);
    if (s.length === 0 || s[0] !== '-' || s.length === 1) { parsed.args.push(s); continue; }
    if (s[1] === '-') {
      if (s.length === 2) { parsed.argsLenAtDash = parsed.args.length; parsed.args.push(...args); break; }
      // pflag parseLongArg
      const body = s.slice(2);
      if (body[0] === '-' || body[0] === '=') return flagError(`bad flag syntax: ${s}`);
      const eq = body.indexOf('=');
      const name = normalizeName(eq >= 0 ? body.slice(0, eq) : body);
      const flag = known.find((f) => f.name === name);
      if (!flag) return flagError(`unknown flag: --${name}`);
      let value: string;
      if (eq >= 0) value = body.slice(eq + 1);
      else if (flag.noOptDefVal !== undefined) value = flag.noOptDefVal;
      else if (args.length > 0) { value = args[0]; args = args.slice(1); }
      else return flagError(`flag needs an argument: ${s}`);
      const err = set(flag, value);
      if (err) return flagError(err);
      continue;
    }
    // pflag parseShortArg: a run of shorthands, the last may take a value
    let shorthands = s.slice(1);
    while (shorthands.length > 0) {
      const c = shorthands[0];
      const flag = known.find((f) => f.shorthand === c);
      if (!flag) return flagError(`unknown shorthand flag: '${c}' in -${shorthands}`);
      let value: string;
      let next = shorthands.slice(1);
      if (shorthands.length > 2 && shorthands[1] === '=') { value = shorthands.slice(2); next = ''; }
      else if (flag.noOptDefVal !== undefined) value = flag.noOptDefVal;
      else if (shorthands.length > 1) { value = shorthands.slice(1); next = ''; }
      else if (args.length > 0) { value = args[0]; args = args.slice(1); }
      else return flagError(`flag needs an argument: '${c}' in -${shorthands}`);
      const err = set(flag, value);
      if (err) return flagError(err);
      shorthands = next;
    }
  }

  parsed.help = parsed.flags.help === true;
  if (parsed.help) return { ok: true, command: parsed };

  // cobra ValidateRequiredFlags: names in lexical order
  const missing = (spec.required ?? []).filter((n) => !parsed.changed.has(n)).sort();
  if (missing.length > 0) return { ok: false, result: failure(`required flag(s) ${missing.map((n) => `"${n}"`).join(', ')} not set`) };
  return { ok: true, command: parsed };
}

function allFlags(spec: CommandSpec): FlagSpec[] {
  return [...localFlags(spec), ...GLOBAL_FLAGS];
}

/** kubectl's flag name normalizer (cliflag.WordSepNormalizeFunc): "_" reads as "-". */
function normalizeName(name: string): string {
  return name.replace(/_/g, '-');
}

/** cobra Command.Find: follow subcommand names (or aliases) among the words that are not flags. */
function findCommand(words: string[]): { spec: CommandSpec; path: string[]; rest: string[] } {
  let spec = ROOT;
  const path: string[] = [];
  let rest = words;
  for (;;) {
    const positional = stripFlags(rest, allFlags(spec));
    if (positional.length === 0) break;
    const next = (spec.subcommands ?? []).find((c) => c.name === positional[0] || (c.aliases ?? []).includes(positional[0]));
    if (!next) break;
    // cobra argsMinusFirstX: drop the first occurrence of the subcommand's word
    const i = rest.indexOf(positional[0]);
    rest = [...rest.slice(0, i), ...rest.slice(i + 1)];
    spec = next;
    path.push(next.name);
  }
  return { spec, path, rest };
}

/** cobra stripFlags: the words that are neither flags nor (probable) flag values. */
function stripFlags(args: string[], known: FlagSpec[]): string[] {
  const commands: string[] = [];
  const takesNoValue = (name: string) => known.some((f) => f.name === name && f.noOptDefVal !== undefined);
  const shortTakesNoValue = (c: string) => known.some((f) => f.shorthand === c && f.noOptDefVal !== undefined);
  let rest = args;
  while (rest.length > 0) {
    const s = rest[0];
    rest = rest.slice(1);
    if (s === '--') break;
    const longWithValue = s.startsWith('--') && !s.includes('=') && !takesNoValue(s.slice(2));
    const shortWithValue = s.startsWith('-') && !s.includes('=') && s.length === 2 && !shortTakesNoValue(s.slice(1));
    if (longWithValue || shortWithValue) {
      if (rest.length <= 1) break;
      rest = rest.slice(1);
      continue;
    }
    if (s !== '' && !s.startsWith('-')) commands.push(s);
  }
  return commands;
}

/** Store a flag value as pflag's Value.Set would; returns pflag's error text on a bad value. */
function setFlag(parsed: ParsedCommand, flag: FlagSpec, value: string): string | undefined {
  const first = !parsed.changed.has(flag.name);
  switch (flag.type) {
    case 'bool': {
      const b = parseGoBool(value);
      if (b === undefined) return `strconv.ParseBool: parsing ${goQuote(value)}: invalid syntax`;
      parsed.flags[flag.name] = b;
      break;
    }
    case 'int': {
      if (!/^[+-]?\d+$/.test(value)) return `strconv.ParseInt: parsing ${goQuote(value)}: invalid syntax`;
      const n = BigInt(value);
      if (n > 9223372036854775807n || n < -9223372036854775808n) return `strconv.ParseInt: parsing ${goQuote(value)}: value out of range`;
      parsed.flags[flag.name] = Number(n);
      break;
    }
    case 'duration':
      if (!/^([+-]?(\d+(\.\d*)?|\.\d+)(ns|us|µs|ms|s|m|h))+$|^0$/.test(value)) return `time: invalid duration ${goQuote(value)}`;
      parsed.flags[flag.name] = value;
      break;
    case 'stringSlice': {
      // pflag stringSlice: the value is CSV; the first use replaces the default, later ones append
      const items = readCsv(value);
      if (items === undefined) return `parse error on line 1, column ${value.length + 1}: extraneous or missing " in quoted-field`;
      parsed.flags[flag.name] = first ? items : [...(parsed.flags[flag.name] as string[]), ...items];
      break;
    }
    case 'stringArray':
      parsed.flags[flag.name] = first ? [value] : [...(parsed.flags[flag.name] as string[]), value];
      break;
    case 'string':
      parsed.flags[flag.name] = value;
      break;
  }
  parsed.changed.add(flag.name);
  return undefined;
}

function parseGoBool(s: string): boolean | undefined {
  if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(s)) return true;
  if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(s)) return false;
  return undefined;
}

/** encoding/csv for one record, as pflag's readAsCSV uses it. */
function readCsv(s: string): string[] | undefined {
  if (s === '') return [];
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        if (i >= s.length) return undefined;
        if (s[i] === '"') {
          if (s[i + 1] === '"') { field += '"'; i += 2; continue; }
          i++;
          break;
        }
        field += s[i++];
      }
      if (i < s.length && s[i] !== ',') return undefined;
    } else {
      while (i < s.length && s[i] !== ',') field += s[i++];
    }
    out.push(field);
    if (i >= s.length) return out;
    i++; // the comma
  }
}

/** Go's %q for a string. */
export function goQuote(s: string): string {
  return JSON.stringify(s);
}

/** cobra findSuggestions: Levenshtein distance ≤ 2 or a prefix, in registration order. */
function suggestions(typed: string): string {
  const lower = typed.toLowerCase();
  const found = ROOT_COMMAND_NAMES.filter((name) => levenshtein(lower, name.toLowerCase()) <= 2 || name.toLowerCase().startsWith(lower));
  if (found.length === 0) return '';
  return `\n\nDid you mean this?\n${found.map((n) => `\t${n}\n`).join('')}`;
}

function levenshtein(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

// --- typed access ----------------------------------------------------------------------

export const flagString = (c: ParsedCommand, name: string): string => String(c.flags[name] ?? '');
export const flagBool = (c: ParsedCommand, name: string): boolean => c.flags[name] === true;
export const flagInt = (c: ParsedCommand, name: string): number => Number(c.flags[name] ?? 0);
export const flagStrings = (c: ParsedCommand, name: string): string[] => (c.flags[name] as string[] | undefined) ?? [];

/** The namespace a command works in: -n, else the context's (the caller's default). */
export function namespaceOf(c: ParsedCommand, contextNamespace = 'default'): string {
  return c.changed.has('namespace') && flagString(c, 'namespace') !== '' ? flagString(c, 'namespace') : contextNamespace;
}

export type DryRun = 'none' | 'client' | 'server';

/**
 * cmdutil.GetDryRunStrategy: "client" | "server" | "none"; a bare --dry-run and boolean
 * values still work with a klog warning on stderr.
 */
export function dryRunStrategy(c: ParsedCommand, now: Date): { strategy: DryRun; warning: string } | { error: KubectlResult } {
  const value = flagString(c, 'dry-run');
  const b = parseGoBool(value);
  if (b === undefined) {
    switch (value) {
      case 'unchanged': return { strategy: 'client', warning: klogLine('W', now, 'helpers.go:702', '--dry-run is deprecated and can be replaced with --dry-run=client.') };
      case 'client': case 'server': case 'none': return { strategy: value, warning: '' };
      default: return { error: failure(`Invalid dry-run value (${value}). Must be "none", "server", or "client".`) };
    }
  }
  return {
    strategy: b ? 'client' : 'none',
    warning: klogLine('W', now, 'helpers.go:716', `--dry-run=${value} is deprecated (boolean value) and can be replaced with --dry-run=${b ? 'client' : 'none'}.`),
  };
}

/** Flags the emulator does not act on: a polite refusal instead of a silent wrong answer. */
export function refuseUnsupported(c: ParsedCommand): KubectlResult | undefined {
  const polite = (what: string) => failure(`${what} is not available in kubeprep's kubectl emulator`);
  if (flagBool(c, 'watch') && c.path[0] === 'get') return polite('--watch (-w)');
  if (flagBool(c, 'watch-only')) return polite('--watch-only');
  if (c.changed.has('kustomize')) return polite('--kustomize (-k)');
  if (c.changed.has('raw')) return polite('--raw');
  if (c.changed.has('sort-by')) return polite('--sort-by');
  return undefined;
}
