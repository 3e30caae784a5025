/**
 * Maps `items` through `worker` with at most `limit` calls in flight, keeping the input order.
 * Reading a 20,000-file folder this way keeps at most `limit` descriptors open, which
 * matters on macOS where the default per-process limit is 256.
 */
export async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  worker: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0

  async function runWorker(): Promise<void> {
    while (next < items.length) {
      const index = next++
      results[index] = await worker(items[index] as T, index)
    }
  }

  const workers = Array.from({ length: Math.min(limit, items.length) }, runWorker)
  await Promise.all(workers)

  return results
}
