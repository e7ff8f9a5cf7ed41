// Bundles source/ into dist/ with esbuild: one small entry (dist/kubeprep.js) that answers
// --version, --help and the subcommands without loading Ink or React, and a lazily
// imported chunk for the TUI (ESM code splitting). Bundling makes start-up fast: Ink and
// React imported from node_modules cost ~280 ms here; bundled, a fraction of that.
import { build } from 'esbuild';
import { readFileSync, rmSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { kubeprep: 'source/cli.ts' },
  outdir: 'dist',
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
chmodSync(new URL('../dist/kubeprep.js', import.meta.url), 0o755);
