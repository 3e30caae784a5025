import { useCallback, useEffect, useMemo, useState } from 'react'

import type { CommentRecord, EntryDetail } from '../../../shared/api/types'
import type { Entry } from '../../../shared/model/entry'
import { currentCommentField } from '../../../shared/workflow/fieldPath'
import { api } from '../api/client'
import { publishOpenComments } from './openCommentsStore'

/**
 * Reads the entry's review comments whenever `refreshKey` changes and publishes the open ones for
 * FieldComments, with each field path following its FAQ in the text being edited. Calls
 * `onStatusChanged` with the entry on disk when its workflow differs from the editor's.
 */
export function useEntryComments(
  entry: Entry,
  refreshKey: number,
  onStatusChanged: (detail: EntryDetail) => void,
) {
  const [comments, setComments] = useState<CommentRecord[]>([])
  const [ownRefresh, setOwnRefresh] = useState(0)
  const code = entry.code
  const workflowKey = JSON.stringify(entry.workflow)
  const refresh = useCallback(() => setOwnRefresh((key) => key + 1), [])

  useEffect(() => {
    let current = true

    void api.getHistory({ code }).then((result) => {
      if (current && result.ok) setComments(result.value.comments)
    })
    void api.getEntry({ code }).then((result) => {
      if (!current || !result.ok) return
      if (JSON.stringify(result.value.entry.workflow) !== workflowKey) onStatusChanged(result.value)
    })

    return () => {
      current = false
    }
    // Reads on open and on each refresh only, not on every keystroke that changes the entry.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code, refreshKey, ownRefresh])

  const open = useMemo(
    () =>
      comments
        .filter((comment) => comment.resolvedAt === null)
        .map((comment) => ({ ...comment, field: currentCommentField(comment, entry) })),
    [comments, entry],
  )

  useEffect(() => {
    publishOpenComments({ code, comments: open, refresh })
  }, [code, open, refresh])
  useEffect(() => () => publishOpenComments(null), [])

  return { open, refresh }
}
