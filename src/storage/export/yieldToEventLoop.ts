/**
 * Waits for the event loop to run pending I/O callbacks. Export and import read and write files
 * synchronously for speed, so they call this after each entry to let the app's IPC and browser
 * mode's server serve requests, such as the progress polls, in the meantime.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}
