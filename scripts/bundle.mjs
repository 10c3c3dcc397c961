// Bundles the compiled CLI (dist/cli) into dist/bundle/: Node 20 spends much of vnfix's start-up resolving
// and loading some 200 separate modules. Code that only some runs need stays in chunks loaded on demand.
// Every module that finds a file from its own location sits two folders below the package root, as
// dist/bundle/ does, so those paths hold in the bundle too. It also compiles dictionaries/structure.yaml to
// JSON (dictionaries/structure.yaml.json) and the shipped vocabulary files to their binary form
// (dictionaries/*.yaml.bin), which load faster than the YAML parser; both are git-ignored, made here.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

const outdir = new URL('../dist/bundle/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: 'dist/cli/main.js', 'file-worker': 'dist/cli/file-worker.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  // CommonJS packages inside an ES module bundle need a real require.
  banner: { js: "import { createRequire as __vnfixCreateRequire } from 'node:module'; const require = __vnfixCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});

// The structure phrase lists as JSON, checked against the YAML's hash when read (see structure-data.ts).
const { compileStructureData } = await import('../dist/structure/structure-data.js');
compileStructureData();

// The shipped vocabulary files, compiled next to themselves (as scripts/build-vocabulary.ts --write does).
const { compileLexiconFile } = await import('../dist/lexicon/compile-lexicon-file.js');
const { shippedLexiconFiles } = await import('../dist/lexicon/index.js');
const { DEFAULT_DICTIONARIES_DIR } = await import('../dist/data/dictionaries-dir.js');
for (const file of shippedLexiconFiles(DEFAULT_DICTIONARIES_DIR)) compileLexiconFile(file);
