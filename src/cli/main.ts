import { CommanderError, type Command } from 'commander';
import { processIo, type CliIo } from './cli-io.js';
import { buildProgram } from './build-program.js';
import { ExitCode } from './exit-code.js';
import { ClosedPipeError } from './output-target.js';
import { resolveConfig } from './resolve-config.js';
import { SetupError } from './setup-error.js';
import { StderrLog } from './stderr-log.js';
import { streamChalk } from './stream-chalk.js';
import { UsageError } from './usage-error.js';
import { vnfixVersion } from './vnfix-version.js';

export { processIo } from './cli-io.js';

/**
 * Run the vnfix command line.
 * @param argv process.argv (node, script, then the arguments)
 * @param io streams and process facts; the real process's by default (tests pass their own)
 * @returns the exit status: 0 success, 1 findings (check), 2 usage or input error, 130 interrupted
 */
export async function main(argv: string[], io: Partial<CliIo> = {}): Promise<number> {
  const cli: CliIo = { ...processIo(), handleSignals: false, ...io };
  // A reader that goes away (`vnfix --help | head`) is a normal end: writes then fail quietly.
  let pipeClosed = false;
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') pipeClosed = true;
  };
  cli.stdout.on('error', onStdoutError);
  try {
    return await runCommandLine(argv, cli, () => pipeClosed);
  } finally {
    cli.stdout.off('error', onStdoutError);
    // The error of a write made last (the help) comes after the run has returned.
    if (!cli.stdout.listeners('error').includes(ignoreClosedPipe)) cli.stdout.on('error', ignoreClosedPipe);
  }
}

/** Left on stdout after a run: a closed pipe ends it quietly, any other error is raised. */
function ignoreClosedPipe(error: NodeJS.ErrnoException): void {
  if (error.code !== 'EPIPE') throw error;
}

/** Parse the arguments, resolve the settings once, and run the repair or `check`. */
async function runCommandLine(argv: string[], cli: CliIo, pipeClosed: () => boolean): Promise<number> {
  const { program, check } = buildProgram(vnfixVersion());
  let invoked: { command: Command; paths: string[]; isCheck: boolean } | undefined;
  for (const command of [program, check]) {
    command.exitOverride().configureOutput({
      writeOut: (text) => cli.stdout.write(text),
      writeErr: (text) => cli.stderr.write(text),
      outputError: (text, write) => write(`vnfix: ${text.replace(/^error: /, '')}`),
    });
  }
  program.action((paths: string[], _opts, command: Command) => {
    invoked = { command, paths, isCheck: false };
  });
  check.action((paths: string[], _opts, command: Command) => {
    invoked = { command, paths, isCheck: true };
  });
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? ExitCode.Success : ExitCode.Error;
    throw error;
  }
  if (invoked === undefined) return ExitCode.Success;

  const debug = invoked.command.opts<{ debug?: boolean }>().debug === true;
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  if (cli.handleSignals) process.once('SIGINT', onSigint);
  // Modules only some runs need (chalk, the progress bar, the other command) are loaded on demand:
  // start-up on one small file is mostly module loading.
  const stderrChalk = await streamChalk('auto', cli.stderrIsTTY, cli.env);
  try {
    const config = await resolveConfig(invoked.command, invoked.paths, cli.cwd);
    const errChalk = await streamChalk(config.color, cli.stderrIsTTY, cli.env);
    const outChalk = await streamChalk(config.color, cli.stdoutIsTTY, cli.env);
    const showProgress = cli.stderrIsTTY && config.progress && !config.quiet;
    const progress = showProgress ? new (await import('./progress-bar.js')).ProgressBar(cli.stderr, errChalk) : undefined;
    const log = new StderrLog(cli.stderr, errChalk, config.debug, progress);
    const run = invoked.isCheck ? (await import('./run-check.js')).runCheck : (await import('./run-repair.js')).runRepair;
    return await run(config, cli, log, outChalk, controller.signal);
  } catch (error) {
    if (error instanceof ClosedPipeError || pipeClosed()) return ExitCode.Success;
    if (error instanceof SetupError) {
      cli.stderr.write(`vnfix: cannot load the dictionaries: ${error.message}\n`);
      if (debug && error.originalStack !== undefined) cli.stderr.write(`${error.originalStack}\n`);
      return ExitCode.Error;
    }
    if (error instanceof UsageError) {
      cli.stderr.write(`vnfix: ${error.file !== undefined ? `${error.file}: ` : ''}${error.message}\n`);
      return ExitCode.Error;
    }
    const message = error instanceof Error ? error.message : String(error);
    cli.stderr.write(`vnfix: ${stderrChalk.red('internal error')}: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) cli.stderr.write(`${error.stack}\n`);
    return ExitCode.Error;
  } finally {
    if (cli.handleSignals) process.off('SIGINT', onSigint);
  }
}
