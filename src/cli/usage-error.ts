/** A mistake in the command line or the config file: reported in one line, exit status 2. */
export class UsageError extends Error {
  /**
   * @param message what is wrong and, where possible, what to type instead
   * @param file the config file at fault, named at the start of the line
   */
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
