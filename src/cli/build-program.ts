import os from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ENCODING_NAMES } from '../encoding/encoding-name.js';
import { COLOR_MODES, FORMATS, parseValue, REPORTERS, TONE_STYLES } from './option-values.js';
import { DEFAULT_CHECK } from './run-config.js';

/** Parsers for commander: the shared parsers, with their message as commander's error. */
function arg<T>(parse: (value: string) => T): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (error) {
      throw new InvalidArgumentError((error as Error).message);
    }
  };
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

const REPAIR_EXAMPLES = `
Examples:
  vnfix report-ocr.txt                         repair one file, Markdown on stdout
  vnfix -f text < scan.txt > fixed.txt         stdin to stdout, line for line
  vnfix scans/ --out-dir clean/ -f md          a whole tree, mirrored into clean/
  vnfix 'scans/**/*.txt' --out-dir clean/ --incremental
                                               re-runs skip files already done
  vnfix --diff report.txt                      review what would change, word by word
  vnfix --in-place -f text report.txt          rewrite the file, keeping report.txt.bak
  vnfix -f jsonl scans/ | jq .source           one JSON record per file
  vnfix check 'corpus/**/*.txt' --reporter github

Folders are searched recursively for .txt and .md files (hidden entries and node_modules are skipped).
Exit status: 0 success, 1 findings (check), 2 usage or input error (any file failed), 130 interrupted.
`;

const CHECK_EXAMPLES = `
Measures per file: the share of words that are not valid Vietnamese, the share that needed repair, and the
number of low-confidence repairs. Exit status: 0 every file passes, 1 some file fails, 2 on any error.

Examples:
  vnfix check corpus/
  vnfix check 'corpus/**/*.txt' --max-invalid 2% --max-low-confidence 0
  vnfix check corpus/ --reporter github        annotations in a GitHub Actions run
`;

/** Options shared by the repair command and `check`. */
function addSharedOptions(command: Command): Command {
  return command
    .addOption(new Option('--tone-style <style>', 'tone-mark placement: traditional (hòa, thủy) or modern (hoà, thuỷ)').choices(TONE_STYLES))
    .option('--dict <file.yaml>', 'user dictionary (repeatable)', collect)
    .option('--min-confidence <n>', 'changes below this confidence are only proposed (0..1, default 0.5)', arg(parseValue.confidence))
    .option('--encoding <name>', `force the input encoding (${ENCODING_NAMES.join(', ')}); detected by default`, arg(parseValue.encoding))
    .option('-j, --jobs <n>', `worker threads (default: number of cores, here ${os.availableParallelism()})`, arg(parseValue.jobs))
    .option('--no-progress', 'no progress bar (it is shown only when stderr is a terminal)')
    .option('-q, --quiet', 'no progress bar and no summary')
    .option('-v, --verbose', 'print the messages about each file (encoding, uncertain repairs) on stderr')
    .addOption(new Option('--color <when>', 'colour output').choices(COLOR_MODES))
    .option('--config <file>', 'config file (default: vnfix.config.yaml or .vnfixrc.yaml, searched upward)')
    .option('--no-config', 'do not search for a config file')
    .option('--debug', 'show stack traces of errors');
}

/**
 * Build the commander program. Actions are not attached here: `main` reads the parsed options.
 * @param version vnfix version for --version
 * @returns the root command and the `check` subcommand
 */
export function buildProgram(version: string): { program: Command; check: Command } {
  const program = new Command('vnfix')
    .description("Repair OCR'd Vietnamese administrative documents into clean text, Markdown or JSON.")
    .usage('[options] [paths...]')
    .argument('[paths...]', 'files, folders or globs; none or - reads stdin')
    .version(version, '-V, --version')
    .addOption(new Option('-f, --format <format>', 'output format (default md)').choices(FORMATS))
    .option('-o, --output <file>', 'write all output to this file (atomically)')
    .option('--out-dir <dir>', 'write one output per input, mirroring the input tree (report.txt → report.md)')
    .option('--incremental', 'with --out-dir: skip inputs whose output is up to date')
    .option('--in-place', 'rewrite each input with its repaired version, keeping a backup')
    .option('--backup-suffix <suffix>', 'backup name for --in-place', '.bak')
    .option('--diff', 'list the changes word by word on stdout (in place of the output unless it goes to files)');
  addSharedOptions(program);
  program.addHelpText('after', REPAIR_EXAMPLES);

  const check = new Command('check')
    .description('check files for OCR damage against thresholds (for CI)')
    .usage('[options] <paths...>')
    .argument('[paths...]', 'files, folders or globs; - reads stdin')
    .addOption(new Option('--reporter <name>', 'report format (default text)').choices(REPORTERS))
    .option('--max-invalid <share>', `largest share of invalid words, e.g. 0.05 or 5% (default ${DEFAULT_CHECK.maxInvalid})`, arg(parseValue.share))
    .option('--max-repaired <share>', `largest share of words needing repair (default ${DEFAULT_CHECK.maxRepaired})`, arg(parseValue.share))
    .option('--max-low-confidence <count>', `largest number of low-confidence repairs (default ${DEFAULT_CHECK.maxLowConfidence})`, arg(parseValue.count));
  addSharedOptions(check);
  check.addHelpText('after', CHECK_EXAMPLES);
  program.addCommand(check);
  return { program, check };
}
