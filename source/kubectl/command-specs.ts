// The commands and flags of kubectl v1.32 that the emulator knows, as data: names, aliases,
// subcommands in kubectl's registration order (cobra's "Did you mean this?" lists them in
// that order), and each command's flags with pflag types and defaults, as `kubectl CMD
// --help` lists them. Global flags are those of `kubectl options`.

export type FlagType = 'bool' | 'string' | 'int' | 'stringSlice' | 'stringArray' | 'duration';
export type FlagValue = boolean | string | number | string[];

export interface FlagSpec {
  name: string;
  shorthand?: string;
  type: FlagType;
  default: FlagValue;
  /** pflag NoOptDefVal: the value of a bare `--flag` (bool flags: "true"). */
  noOptDefVal?: string;
}

export interface CommandSpec {
  name: string;
  aliases?: string[];
  flags: FlagSpec[];
  subcommands?: CommandSpec[];
  /** cobra MarkFlagRequired */
  required?: string[];
}

/** Compact flag notation: "A|all-namespaces=false", "f|filename=[]", "image=''", "replicas=1". */
function flags(...specs: string[]): FlagSpec[] {
  return specs.map((s) => {
    const m = /^(?:(\w)\|)?([\w-]+)(?::(\w+))?=(.*)$/.exec(s);
    if (!m) throw new Error(`bad flag spec ${s}`);
    const [, shorthand, name, explicitType, raw] = m;
    let type: FlagType;
    let def: FlagValue;
    if (explicitType) type = explicitType as FlagType;
    else if (raw === 'true' || raw === 'false') type = 'bool';
    else if (raw === '[]') type = 'stringSlice';
    else if (/^-?\d+$/.test(raw)) type = 'int';
    else if (/^\d+[smh]/.test(raw) || raw === '0s') type = 'duration';
    else type = 'string';
    if (type === 'bool') def = raw === 'true';
    else if (type === 'int') def = Number(raw);
    else if (type === 'stringSlice' || type === 'stringArray') def = [];
    else def = raw.replace(/^'(.*)'$/, '$1');
    const spec: FlagSpec = { name, type, default: def };
    if (shorthand) spec.shorthand = shorthand;
    if (type === 'bool') spec.noOptDefVal = 'true';
    // cmdutil.AddDryRunFlag: a bare --dry-run means "unchanged" (deprecated, = client)
    if (name === 'dry-run') spec.noOptDefVal = 'unchanged';
    return spec;
  });
}

export const GLOBAL_FLAGS: FlagSpec[] = flags(
  "as=''", 'as-group:stringArray=[]', "as-uid=''", "cache-dir='/root/.kube/cache'", "certificate-authority=''",
  "client-certificate=''", "client-key=''", "cluster=''", "context=''", 'disable-compression=false',
  'insecure-skip-tls-verify=false', "kubeconfig=''", 'log-flush-frequency=5s', 'match-server-version=false',
  "n|namespace=''", "password=''", "profile='none'", "profile-output='profile.pprof'", "request-timeout='0'",
  "s|server=''", "tls-server-name=''", "token=''", "user=''", "username=''", 'v|v:int=0', "vmodule=''",
  'warnings-as-errors=false',
);

const HELP = flags('h|help=false');

// Printing flags shared by the commands that print objects they change (genericclioptions.PrintFlags).
const PRINT = ['allow-missing-template-keys=true', "o|output=''", 'show-managed-fields=false', "template=''"];
const CREATE_SUB = [...PRINT, "dry-run='none'", "field-manager='kubectl-create'", 'save-config=false', "validate='strict'"];

const createService = (name: string, extra: string[]): CommandSpec => ({ name, flags: flags(...CREATE_SUB, 'tcp=[]', ...extra) });

export const ROOT: CommandSpec = {
  name: 'kubectl',
  flags: [],
  subcommands: [
    // Basic Commands (Beginner)
    {
      name: 'create',
      flags: flags(...PRINT, "dry-run='none'", 'edit=false', "field-manager='kubectl-create'", 'f|filename=[]', "k|kustomize=''", "raw=''",
        'R|recursive=false', 'save-config=false', "l|selector=''", "validate='strict'", 'windows-line-endings=false'),
      subcommands: [
        { name: 'configmap', aliases: ['cm'], flags: flags(...CREATE_SUB, 'append-hash=false', 'from-env-file=[]', 'from-file=[]', 'from-literal:stringArray=[]') },
        { name: 'deployment', aliases: ['deploy'], flags: flags(...CREATE_SUB, 'image=[]', 'port=-1', 'r|replicas=1'), required: ['image'] },
        { name: 'ingress', aliases: ['ing'], flags: flags(...CREATE_SUB, 'annotation:stringArray=[]', "class=''", "default-backend=''", 'rule:stringArray=[]') },
        { name: 'namespace', aliases: ['ns'], flags: flags(...CREATE_SUB) },
        {
          name: 'service', aliases: ['svc'], flags: [], subcommands: [
            createService('clusterip', ["clusterip=''"]),
            { ...createService('externalname', ["external-name=''"]), required: ['external-name'] },
            createService('loadbalancer', []),
            createService('nodeport', ['node-port=0']),
          ],
        },
      ],
    },
    {
      name: 'expose',
      flags: flags(...PRINT, "cluster-ip=''", "dry-run='none'", "external-ip=''", "field-manager='kubectl-expose'", 'f|filename=[]', "k|kustomize=''",
        "l|labels=''", "load-balancer-ip=''", "name=''", "override-type='merge'", "overrides=''", "port=''", "protocol=''", 'R|recursive=false',
        'save-config=false', "selector=''", "session-affinity=''", "target-port=''", "type=''"),
    },
    {
      name: 'run',
      flags: flags(...PRINT, 'annotations:stringArray=[]', 'attach=false', "cascade='background'", 'command=false', "dry-run='none'", 'env:stringArray=[]',
        'expose=false', "field-manager='kubectl-run'", 'f|filename=[]', 'force=false', 'grace-period=-1', "image=''", "image-pull-policy=''",
        "k|kustomize=''", "l|labels=''", 'leave-stdin-open=false', "override-type='merge'", "overrides=''", 'pod-running-timeout=1m0s', "port=''",
        'privileged=false', 'q|quiet=false', 'R|recursive=false', "restart='Always'", 'rm=false', 'save-config=false', 'i|stdin=false',
        'timeout=0s', 't|tty=false', 'wait=false'),
      required: ['image'],
    },
    {
      name: 'set',
      flags: [],
      subcommands: [
        { name: 'image', flags: flags(...PRINT, 'all=false', "dry-run='none'", "field-manager='kubectl-set'", 'f|filename=[]', "k|kustomize=''", 'local=false', 'R|recursive=false', "l|selector=''") },
        { name: 'selector', flags: flags(...PRINT, 'all=false', "dry-run='none'", "field-manager='kubectl-set'", 'f|filename=[]', 'local=false', 'R|recursive=true', "resource-version=''") },
      ],
    },
    // Basic Commands (Intermediate)
    { name: 'explain', flags: flags("api-version=''", "o|output='plaintext'", 'recursive=false') },
    {
      name: 'get',
      flags: flags('A|all-namespaces=false', 'allow-missing-template-keys=true', 'chunk-size=500', "field-selector=''", 'f|filename=[]', 'ignore-not-found=false',
        "k|kustomize=''", 'L|label-columns=[]', 'no-headers=false', "o|output=''", 'output-watch-events=false', "raw=''", 'R|recursive=false',
        "l|selector=''", 'server-print=true', 'show-kind=false', 'show-labels=false', 'show-managed-fields=false', "sort-by=''", "subresource=''",
        "template=''", 'w|watch=false', 'watch-only=false'),
    },
    {
      name: 'edit',
      flags: flags(...PRINT, "field-manager='kubectl-edit'", 'f|filename=[]', "k|kustomize=''", 'output-patch=false', 'R|recursive=false', 'save-config=false',
        "subresource=''", "validate='strict'", 'windows-line-endings=false'),
    },
    {
      name: 'delete',
      flags: flags('all=false', 'A|all-namespaces=false', "cascade='background'", "dry-run='none'", "field-selector=''", 'f|filename=[]', 'force=false',
        'grace-period=-1', 'ignore-not-found=false', 'i|interactive=false', "k|kustomize=''", 'now=false', "o|output=''", "raw=''", 'R|recursive=false',
        "l|selector=''", 'timeout=0s', 'wait=true'),
    },
    // Deploy Commands
    {
      name: 'rollout',
      flags: [],
      subcommands: [
        { name: 'history', flags: flags(...PRINT, 'f|filename=[]', "k|kustomize=''", 'R|recursive=false', 'revision=0', "l|selector=''") },
        { name: 'restart', flags: flags(...PRINT, "field-manager='kubectl-rollout'", 'f|filename=[]', "k|kustomize=''", 'R|recursive=false', "l|selector=''") },
        { name: 'status', flags: flags('f|filename=[]', "k|kustomize=''", 'R|recursive=false', 'revision=0', "l|selector=''", 'timeout=0s', 'w|watch=true') },
        { name: 'undo', flags: flags(...PRINT, "dry-run='none'", 'f|filename=[]', "k|kustomize=''", 'R|recursive=false', "l|selector=''", 'to-revision=0') },
      ],
    },
    {
      name: 'scale',
      flags: flags(...PRINT, 'all=false', 'current-replicas=-1', "dry-run='none'", 'f|filename=[]', "k|kustomize=''", 'R|recursive=false', 'replicas=0',
        "resource-version=''", "l|selector=''", 'timeout=0s'),
      required: ['replicas'],
    },
    // Troubleshooting and Debugging Commands
    { name: 'describe', flags: flags('A|all-namespaces=false', 'chunk-size=500', 'f|filename=[]', "k|kustomize=''", 'R|recursive=false', "l|selector=''", 'show-events=true') },
    {
      name: 'logs',
      flags: flags('all-containers=false', 'all-pods=false', "c|container=''", 'f|follow=false', 'ignore-errors=false', 'insecure-skip-tls-verify-backend=false',
        'limit-bytes=0', 'max-log-requests=5', 'pod-running-timeout=20s', 'prefix=false', 'p|previous=false', "l|selector=''", 'since=0s',
        "since-time=''", 'tail=-1', 'timestamps=false'),
    },
    { name: 'exec', flags: flags("c|container=''", 'f|filename=[]', 'pod-running-timeout=1m0s', 'q|quiet=false', 'i|stdin=false', 't|tty=false') },
    { name: 'port-forward', flags: flags('address:stringSlice=[]', 'pod-running-timeout=1m0s') },
    {
      name: 'proxy',
      flags: flags("accept-hosts='^localhost$,^127\\.0\\.0\\.1$,^\\[::1\\]$'", "accept-paths='^.*'", "address='127.0.0.1'", "api-prefix='/'", 'append-server-path=false',
        'disable-filter=false', 'keepalive=0s', 'p|port=8001', "reject-methods='^$'", "reject-paths='^/api/.*/pods/.*/exec,^/api/.*/pods/.*/attach'",
        "u|unix-socket=''", "w|www=''", "P|www-prefix='/static/'"),
    },
    { name: 'cp', flags: flags("c|container=''", 'no-preserve=false', 'retries=0') },
    // Advanced Commands
    {
      name: 'apply',
      flags: flags(...PRINT, 'all=false', "cascade='background'", "dry-run='none'", "field-manager='kubectl-client-side-apply'", 'f|filename=[]', 'force=false',
        'force-conflicts=false', 'grace-period=-1', "k|kustomize=''", 'openapi-patch=true', 'overwrite=true', 'prune=false', 'prune-allowlist=[]',
        'R|recursive=false', "l|selector=''", 'server-side=false', "subresource=''", 'timeout=0s', "validate='strict'", 'wait=false'),
    },
    {
      name: 'patch',
      flags: flags(...PRINT, "dry-run='none'", "field-manager='kubectl-patch'", 'f|filename=[]', "k|kustomize=''", 'local=false', "p|patch=''", "patch-file=''",
        'R|recursive=false', "subresource=''", "type='strategic'"),
    },
    {
      name: 'replace',
      flags: flags(...PRINT, "cascade='background'", "dry-run='none'", "field-manager='kubectl-replace'", 'f|filename=[]', 'force=false', 'grace-period=-1',
        "k|kustomize=''", "raw=''", 'R|recursive=false', 'save-config=false', "subresource=''", 'timeout=0s', "validate='strict'", 'wait=false'),
    },
    // Settings Commands
    {
      name: 'label',
      flags: flags(...PRINT, 'all=false', 'A|all-namespaces=false', "dry-run='none'", "field-manager='kubectl-label'", "field-selector=''", 'f|filename=[]',
        "k|kustomize=''", 'list=false', 'local=false', 'overwrite=false', 'R|recursive=false', "resource-version=''", "l|selector=''"),
    },
    {
      name: 'annotate',
      flags: flags(...PRINT, 'all=false', 'A|all-namespaces=false', "dry-run='none'", "field-manager='kubectl-annotate'", "field-selector=''", 'f|filename=[]',
        "k|kustomize=''", 'list=false', 'local=false', 'overwrite=false', 'R|recursive=false', "resource-version=''", "l|selector=''"),
    },
    // Other Commands
    { name: 'api-resources', flags: flags("api-group=''", 'cached=false', 'categories=[]', 'namespaced=true', 'no-headers=false', "o|output=''", "sort-by=''", 'verbs=[]') },
    { name: 'version', flags: flags('client=false', "o|output=''") },
  ],
};

/**
 * Every top-level kubectl command in registration order (NewKubectlCommand's groups, then
 * alpha, config, plugin, version, api-versions, api-resources, options, and cobra's help):
 * what "Did you mean this?" chooses from. Commands without a spec above are real kubectl
 * commands the emulator does not offer.
 */
export const ROOT_COMMAND_NAMES = [
  'create', 'expose', 'run', 'set',
  'explain', 'get', 'edit', 'delete',
  'rollout', 'scale', 'autoscale',
  'certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint',
  'describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events',
  'diff', 'apply', 'patch', 'replace', 'wait', 'kustomize',
  'label', 'annotate', 'completion',
  'alpha', 'config', 'plugin', 'version', 'api-versions', 'api-resources', 'options', 'help',
];

/** The commands of a spec with the help flag every cobra command has. */
export function localFlags(cmd: CommandSpec): FlagSpec[] {
  return [...cmd.flags, ...HELP];
}
