/** What the entry list asks of the open editor before it opens another entry. */
export interface EntryHandle {
  /** Saves pending edits now; resolves false when they could not be saved. */
  flush: () => Promise<boolean>
}
