/** A mistake in the command line; main prints it with the usage and exits with 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliUsageError'
  }
}
