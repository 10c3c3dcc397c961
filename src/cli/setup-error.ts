/** The data could not be loaded: the whole run stops with one message instead of one per file. */
export class SetupError extends Error {
  /**
   * @param message what failed, naming the file when the library does
   * @param stack the original stack, for --debug
   */
  constructor(
    message: string,
    readonly originalStack?: string,
  ) {
    super(message);
    this.name = 'SetupError';
  }
}
