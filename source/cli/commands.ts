// The command-line contract of DESIGN.md, as data: --help is drawn from this table, and
// the dispatcher uses it to tell a known-but-unbuilt command from an unknown one.

export interface CommandInfo {
  name: string;          // as typed: 'sim route', 'content validate'
  usage: string;         // the arguments after the name
  summary: string;
  tui?: boolean;         // needs a terminal
  built: boolean;
  issue?: number;        // where the unbuilt ones are tracked
}

export const commands: CommandInfo[] = [
  { name: '', usage: '', summary: 'open the tutor (home menu)', tui: true, built: true },
  { name: 'lesson', usage: '[ID]', summary: 'open a lesson in the tutor', tui: true, built: true },
  { name: 'scenario', usage: '[ID]', summary: 'open a scenario workspace in the tutor', tui: true, built: true },
  { name: 'exam', usage: '[--pack FILE] [--minutes N] [--seed N]', summary: 'a timed mock exam', tui: true, built: true },
  { name: 'progress', usage: '[-o json]', summary: 'what is done, scores, what is due for review', built: true },
  { name: 'report', usage: '[--profile P] [--format md|csv|json] [--merge FILE...]', summary: 'export results (md, csv, json); merge exports into a class report', built: true },
  { name: 'content validate', usage: '[DIR|FILE...]', summary: 'check lessons, scenarios and packs', built: true },
  { name: 'check', usage: 'SCENARIO_ID -f CLUSTER [-o json]', summary: "grade a cluster state against a scenario's checks", built: true },
  { name: 'sim validate', usage: '-f CLUSTER [-o json]', summary: 'validate objects as the API server does', built: true },
  { name: 'sim route', usage: '-f CLUSTER --from FROM --to HOST:PORT [--protocol P] [-o json]', summary: 'where a connection lands, hop by hop', built: true },
  { name: 'sim dns', usage: '-f CLUSTER --name NAME [--type T] [--from NS/POD] [-o json]', summary: 'resolve a name as cluster DNS does', built: true },
  { name: 'sim ingress', usage: '-f CLUSTER --host HOST --path PATH [--class NAME] [-o json]', summary: 'which backend an Ingress sends a request to', built: true },
  { name: 'sim http', usage: '-f CLUSTER --url URL [--from external|NS/POD] [--header K:V]... [--method M] [-o json]', summary: 'an HTTP request through a Gateway and HTTPRoute, or an ingress controller', built: true },
  { name: 'sim status', usage: '-f CLUSTER --object KIND/NS/NAME [-o json]', summary: 'the status a Gateway API controller would write (HTTPRoute, Gateway, GatewayClass)', built: true },
  { name: 'kubectl', usage: '[--state FILE [--write]] ARGS...', summary: 'kubectl, emulated over a simulated cluster', built: true },
];

export function helpText(version: string): string {
  const rows = commands.map((c) => [`kubeprep${c.name ? ' ' + c.name : ''}${c.usage ? ' ' + c.usage : ''}`, c.summary + (c.built ? '' : ' (not built yet)')]);
  const lines = [
    `kubeprep ${version} — learn, drill and be examined on Kubernetes Services & Networking (CKAD/CKA)`,
    '',
    'Usage:',
    ...rows.flatMap(([u, s]) => [`  ${u}`, `      ${s}`]),
    '',
    'Global flags:',
    '  --profile NAME   whose progress to use (default: $USER)',
    '  -h, --help       this help',
    '  --version        print the version',
    '',
    'Exit codes: 0 answered yes, 1 answered no / invalid / failed check, 2 usage error or unreadable input.',
    'Progress is kept in $KUBEPREP_HOME (default $XDG_DATA_HOME/kubeprep, i.e. ~/.local/share/kubeprep).',
  ];
  return lines.join('\n') + '\n';
}

/** Finds the command named by the leading words of argv ('sim route' before 'sim'). */
export function findCommand(argv: string[]): { command: CommandInfo; rest: string[] } | undefined {
  let best: { command: CommandInfo; rest: string[] } | undefined;
  for (const c of commands) {
    if (!c.name) continue;
    const words = c.name.split(' ');
    if (words.every((w, i) => argv[i] === w) && (!best || words.length > best.command.name.split(' ').length))
      best = { command: c, rest: argv.slice(words.length) };
  }
  return best;
}
