#!/usr/bin/env node
// Thin launcher: the command line is compiled from src/cli and bundled into dist/bundle by `npm run build`.
let cli;
try {
  cli = await import('../dist/bundle/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('vnfix: the compiled program is missing (dist/); run `npm run build` (npm ci does it too)\n');
  process.exit(2);
}
const { main, processIo } = cli;

main(process.argv, processIo()).then((code) => {
  // After Ctrl-C, leave at once rather than waiting for streams still open.
  if (code === 130) process.exit(code);
  process.exitCode = code;
});
