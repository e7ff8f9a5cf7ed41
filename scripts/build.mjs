// Bundles source/ into dist/ with esbuild: one small entry (dist/kubeprep.js) that answers
// --version, --help and the subcommands without loading Ink or React, and a lazily
// imported chunk for the TUI (ESM code splitting). Bundling makes start-up fast: Ink and
// React imported from node_modules cost ~280 ms here; bundled, a fraction of that.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync, chmodSync, renameSync, existsSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// Build beside dist/ and swap it in, so a test or bench running the old build meanwhile
// never finds dist/ half-written or gone.
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const next = `${dist}.build-${process.pid}`;
const old = `${dist}.old-${process.pid}`;
rmSync(next, { recursive: true, force: true });
await build({
  entryPoints: { kubeprep: 'source/cli.ts' },
  outdir: next,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  banner: {
    // Some bundled CommonJS dependencies call require(); give them one.
    js: "#!/usr/bin/env node\nimport { createRequire as __kpCreateRequire } from 'node:module'; const require = __kpCreateRequire(import.meta.url);",
  },
  define: {
    'process.env.NODE_ENV': '"production"',
    KUBEPREP_VERSION: JSON.stringify(pkg.version),
  },
  // Ink imports its devtools only when DEV=true; the package is not installed.
  external: ['react-devtools-core'],
  logLevel: 'warning',
});
chmodSync(`${next}/kubeprep.js`, 0o755);
if (existsSync(dist)) renameSync(dist, old);
renameSync(next, dist);
rmSync(old, { recursive: true, force: true });
