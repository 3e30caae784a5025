/** The editor function the entry list calls before it opens another entry. */
export interface EntryHandle {
  /** Saves pending edits now and resolves false when they could not be saved. */
  flush: () => Promise<boolean>
  /** Loads the entry again from the folder unless it has unsaved edits. */
  reloadIfSaved: () => void
}
