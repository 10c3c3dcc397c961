/**
 * A vocabulary file that cannot be used: unreadable, not YAML, or not in the vocabulary format.
 * The message names the file and line: `dict.yaml:12: expected a list of strings under terms.places`.
 */
export class LexiconError extends Error {
  /** Path of the file as given to the loader. */
  readonly file: string;
  /** Line (from 1) of the problem, when known. */
  readonly line: number | undefined;
  /** The problem, without the file and line. */
  readonly problem: string;

  /**
   * @param file path of the file
   * @param line line (from 1) of the problem, or undefined when it concerns the whole file
   * @param problem what is wrong, in plain words
   */
  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'LexiconError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}
