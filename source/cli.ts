// kubeprep's entry point (DESIGN.md "Command-line contract"). Fast paths first: --version
// and --help load nothing else; subcommands load only what they need; the TUI (Ink and
// React) is imported only when a terminal is there to draw it.
import { readFileSync } from 'node:fs';
import { commands, findCommand, helpText } from './cli/commands.js';
import type { CommandResult } from './cli/io.js';
import { usageError } from './cli/io.js';

declare const KUBEPREP_VERSION: string;
const version = typeof KUBEPREP_VERSION === 'string' ? KUBEPREP_VERSION : 'dev';

interface Globals { profile?: string; help: boolean; version: boolean }

/** Global flags come before the subcommand; `--profile` is also taken after it (not after `kubectl`). */
function splitGlobals(argv: string[]): { globals: Globals; rest: string[] } | { error: string } {
  const globals: Globals = { help: false, version: false };
  const rest: string[] = [];
  let passthrough = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (passthrough) { rest.push(a); continue; }
    if (a === '--profile' || a.startsWith('--profile=')) {
      const v = a === '--profile' ? argv[++i] : a.slice('--profile='.length);
      if (v === undefined || v === '') return { error: 'flag needs an argument: --profile' };
      globals.profile = v;
    } else if (rest.length === 0 && (a === '-h' || a === '--help')) globals.help = true;
    else if (rest.length === 0 && (a === '--version' || a === '-V')) globals.version = true;
    else { rest.push(a); if (a === 'kubectl' && rest.length === 1) passthrough = true; }
  }
  return { globals, rest };
}

async function main(argv: string[]): Promise<number> {
  const split = splitGlobals(argv);
  if ('error' in split) return emit(usageError(split.error));
  const { globals, rest } = split;
  if (globals.version) return emit({ stdout: `kubeprep ${version}\n`, stderr: '', exitCode: 0 });
  if (globals.help) return emit({ stdout: helpText(version), stderr: '', exitCode: 0 });

  const { defaultProfile, checkProfileName } = await import('./progress/paths.js');
  const profile = globals.profile ?? defaultProfile();
  const bad = checkProfileName(profile);
  if (bad) return emit(usageError(bad));

  if (rest.length === 0) return openTui(profile, 'kubeprep without a subcommand');
  const found = findCommand(rest);
  if (!found) {
    const word = rest[0]!;
    const group = commands.filter((c) => c.name.startsWith(word + ' ')).map((c) => c.name.split(' ')[1]);
    if (group.length) return emit(usageError(`"${word}" needs one of: ${group.join(', ')} (see kubeprep --help)`));
    return emit(usageError(`unknown command "${word}" (see kubeprep --help)`));
  }
  const { command, rest: args } = found;
  if (command.tui && command.built && command.name === 'exam') {
    const { examOptions } = await import('./cli/exam.js');
    const o = examOptions(args);
    if ('result' in o) return emit(o.result);
    return openTui(profile, 'kubeprep exam', { kind: 'exam', options: o.options });
  }
  if (command.tui && command.built) {
    if (args.length > 1 || args.some((a) => a.startsWith('-'))) return emit(usageError(`usage: kubeprep ${command.name} ${command.usage}`));
    const kind = command.name === 'lesson' ? 'lesson' : 'scenario';
    return openTui(profile, `kubeprep ${command.name}`, args[0] ? { kind, id: args[0] } : { kind, id: '' });
  }
  if (!command.built)
    return emit(usageError(`"${command.name}" is not built yet (tracked as issue ${command.issue}); see kubeprep --help for what works today`));

  switch (command.name) {
    case 'report': {
      const { reportCommand } = await import('./cli/report.js');
      return emit(reportCommand(args, profile));
    }
    case 'progress': {
      const { progressCommand } = await import('./cli/progress.js');
      return emit(progressCommand(args, profile));
    }
    case 'content validate': {
      const { contentValidateCommand } = await import('./cli/content.js');
      return emit(await contentValidateCommand(args));
    }
    case 'check': {
      const { checkCommand } = await import('./cli/content.js');
      return emit(checkCommand(args));
    }
    case 'sim validate': case 'sim route': case 'sim dns': case 'sim ingress': case 'sim http': case 'sim status': {
      const { simCommand } = await import('./cli/sim.js');
      return emit(simCommand(command.name.slice(4), args));
    }
    case 'kubectl': {
      const { kubectlCommand } = await import('./cli/kubectl.js');
      return emit(kubectlCommand(args, { stdin: () => readFileSync(0) }));
    }
  }
  return emit(usageError(`"${command.name}" is not wired up`));
}

async function openTui(profile: string, what: string, start?: { kind: 'lesson' | 'scenario'; id: string } | { kind: 'exam'; options: import('./exam/types.js').ExamOptions }): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY)
    return emit(usageError(`${what} opens the tutor, which needs a terminal; without one, use a subcommand (kubeprep --help lists them)`));
  const { openProgress } = await import('./progress/store.js');
  const opened = openProgress(profile);
  if (!opened.ok) return emit(usageError(opened.message));
  if (opened.notice) process.stderr.write(`kubeprep: ${opened.notice}\n`);
  // NO_COLOR (no-color.org): Ink's chalk reads FORCE_COLOR only, and only when first loaded.
  if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
  const { startTui } = await import('./ui/main.js');
  return startTui({ store: opened.store, profile, start });
}

function emit(r: CommandResult): number {
  if (r.stdout) process.stdout.write(r.stdout);
  if (r.stderr) process.stderr.write(r.stderr);
  return r.exitCode;
}

// A reader that stops early (`kubeprep progress -o json | head`) closes the pipe: stop
// quietly, as a shell tool does, instead of dying on EPIPE with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0); throw e; });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    // A bug, not something the user did: a short apology, never a stack trace (unless asked for).
    if (process.env.KUBEPREP_DEBUG === '1') console.error(err);
    process.stderr.write(`kubeprep: internal error: ${(err as Error)?.message ?? String(err)}\n` +
      'This is a bug in kubeprep; please report it with the command you ran (KUBEPREP_DEBUG=1 shows details).\n');
    process.exitCode = 2;
  },
);
