import { useCallback, useEffect, useRef, useState } from 'react'

import type { EntryDetail } from '../../../shared/api/types'
import type { Result } from '../../../shared/errors'
import type { Entry } from '../../../shared/model/entry'

export const AUTOSAVE_DELAY_MS = 800

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string }

export type SaveEntry = (
  entry: Entry,
  expectedUpdatedAt: string | null,
) => Promise<Result<EntryDetail>>

export interface Autosave {
  draft: Entry
  state: SaveState
  /** Applies an edit to the draft and saves it once typing has paused for 800 ms. */
  update: (edit: (entry: Entry) => Entry) => void
  /** Saves pending edits now and resolves true when nothing is left unsaved. */
  flush: () => Promise<boolean>
  /** Saves over a newer version on disk, after a conflict. */
  overwrite: () => Promise<boolean>
}

// What a save changes: everything but the bookkeeping the service sets (meta, workflow).
function contentKey(entry: Entry): string {
  const { meta: _meta, workflow: _workflow, ...content } = entry
  return JSON.stringify(content)
}

/**
 * Keeps the entry being edited and saves it in the background. A failed save leaves the draft as
 * it is, never reloading over it, and is retried on the next edit or by `flush`. A `conflict`
 * (the file changed on disk since it was loaded) stops saving until the writer chooses to
 * overwrite or to reload.
 */
export function useAutosave(
  loaded: Entry,
  saveEntry: SaveEntry,
  onSaved: (detail: EntryDetail) => void,
): Autosave {
  const [draft, setDraft] = useState(loaded)
  const [state, setState] = useState<SaveState>({ kind: 'saved' })
  const draftRef = useRef(loaded)
  const stateRef = useRef<SaveState>({ kind: 'saved' })
  const savedKey = useRef(contentKey(loaded))
  const expectedUpdatedAt = useRef<string | null>(loaded.meta.updatedAt)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const inFlight = useRef<Promise<boolean> | null>(null)
  const onSavedRef = useRef(onSaved)

  useEffect(() => {
    onSavedRef.current = onSaved
  }, [onSaved])

  const setSaveState = useCallback((next: SaveState) => {
    stateRef.current = next
    setState(next)
  }, [])

  const runSave = useCallback(
    async (expected: string | null): Promise<boolean> => {
      const entry = draftRef.current
      const key = contentKey(entry)
      if (key === savedKey.current) {
        setSaveState({ kind: 'saved' })
        return true
      }

      setSaveState({ kind: 'saving' })
      let result: Result<EntryDetail>
      try {
        result = await saveEntry(entry, expected)
      } catch (error) {
        result = { ok: false, error: { code: 'io', message: String(error) } }
      }

      if (!result.ok) {
        const kind = result.error.code === 'conflict' ? 'conflict' : 'failed'
        setSaveState({ kind, message: result.error.message })
        return false
      }

      const saved = result.value.entry
      savedKey.current = key
      expectedUpdatedAt.current = saved.meta.updatedAt
      // Take the service's bookkeeping but keep any text typed while the save was on its way.
      draftRef.current = { ...draftRef.current, meta: saved.meta, workflow: saved.workflow }
      setDraft(draftRef.current)
      onSavedRef.current(result.value)

      const changedMeanwhile = contentKey(draftRef.current) !== key
      setSaveState({ kind: changedMeanwhile ? 'editing' : 'saved' })
      return !changedMeanwhile
    },
    [saveEntry, setSaveState],
  )

  // Saves until the draft on disk matches the one on screen, one request at a time.
  const saveNow = useCallback(
    async (skipConflictCheck = false): Promise<boolean> => {
      clearTimeout(timer.current)
      let skip = skipConflictCheck

      for (;;) {
        while (inFlight.current !== null) await inFlight.current

        const pending = runSave(skip ? null : expectedUpdatedAt.current)
        inFlight.current = pending
        let done: boolean
        try {
          done = await pending
        } finally {
          inFlight.current = null
        }

        if (done || stateRef.current.kind !== 'editing') return done
        skip = false
      }
    },
    [runSave],
  )

  const update = useCallback(
    (edit: (entry: Entry) => Entry) => {
      draftRef.current = edit(draftRef.current)
      setDraft(draftRef.current)
      if (stateRef.current.kind === 'conflict') return
      // A field can report content equal to the saved version, as happens when an entry opens.
      // That is no edit: nothing to save, and no Saving… to show.
      if (stateRef.current.kind === 'saved' && contentKey(draftRef.current) === savedKey.current) {
        return
      }

      if (stateRef.current.kind !== 'saving') setSaveState({ kind: 'editing' })
      clearTimeout(timer.current)
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS)
    },
    [saveNow, setSaveState],
  )

  const flush = useCallback(async () => {
    if (stateRef.current.kind === 'conflict') return false
    return saveNow()
  }, [saveNow])

  const overwrite = useCallback(() => saveNow(true), [saveNow])

  useEffect(() => () => clearTimeout(timer.current), [])

  return { draft, state, update, flush, overwrite }
}
