#!/usr/bin/env node
import { main } from '../dist/cli/main.js';
import { processIo } from '../dist/cli/cli-io.js';

main(process.argv, processIo()).then((code) => {
  // After Ctrl-C, leave at once rather than waiting for streams still open.
  if (code === 130) process.exit(code);
  process.exitCode = code;
});
