const MINUTE_MS = 60 * 1000
const HOUR_MS = 60 * MINUTE_MS
const DAY_MS = 24 * HOUR_MS

/**
 * Returns how long ago an ISO time was, in the largest whole unit: "5 minutes", "3 days", or
 * "less than a minute". The phrase fits both "waiting …" and "… ago".
 */
export function describeAge(iso: string, now = Date.now()): string {
  const elapsed = Math.max(0, now - Date.parse(iso))
  const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`

  if (elapsed >= DAY_MS) return plural(Math.floor(elapsed / DAY_MS), 'day')
  if (elapsed >= HOUR_MS) return plural(Math.floor(elapsed / HOUR_MS), 'hour')
  if (elapsed >= MINUTE_MS) return plural(Math.floor(elapsed / MINUTE_MS), 'minute')
  return 'less than a minute'
}

/** Formats an ISO time as a local date and time, for history records. */
export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
}
