import type { FolderValidator } from '../validation/FolderValidator'

/**
 * Returns whether the validator still has background validation to finish, by racing `whenIdle`
 * against a `setImmediate` callback. An idle validator's `whenIdle` settles within the current
 * microtask queue, so before that callback. A busy one settles only after I/O, which completes on
 * later event-loop turns. Either result was true at the moment the race was decided.
 */
export async function isValidationPending(
  validator: Pick<FolderValidator, 'whenIdle'>,
): Promise<boolean> {
  // NOTE: FolderValidator has no synchronous idle flag, which would make this race unnecessary.
  const idle = validator.whenIdle().then(() => false)
  const stillRunning = new Promise<boolean>((resolve) => setImmediate(() => resolve(true)))

  return Promise.race([idle, stillRunning])
}
