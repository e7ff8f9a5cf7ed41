declare const KUBEPREP_VERSION: string;
const version = typeof KUBEPREP_VERSION === 'string' ? KUBEPREP_VERSION : 'dev';
const args = process.argv.slice(2);
if (args[0] === '--version') { process.stdout.write(`kubeprep ${version}\n`); process.exit(0); }
process.stderr.write('kubeprep: not built yet\n');
process.exit(2);
