import { useCallback, useEffect, useRef, useState } from 'react'

import type { EntryDetail } from '../../../shared/api/types'
import { normalizeCode } from '../../../shared/codes/codeSystem'
import { api } from '../api/client'
import { useNavigation } from '../app/NavigationContext'
import { useWorkspace } from '../app/WorkspaceContext'
import { EntryEditor } from '../editor/EntryEditor'
import type { EntryHandle } from '../editor/EntryHandle'
import { EntryListPanel } from './EntryListPanel'
import { summarizeDetail } from './summarizeDetail'
import { useEntrySummaries } from './useEntrySummaries'

/** The Entries screen: the entry list beside the editor and preview of the open entry. */
export function WritingView() {
  const { info, taxonomy } = useWorkspace()
  const { activeView, requestedCode, clearRequestedCode } = useNavigation()
  const summaries = useEntrySummaries()
  const [openCode, setOpenCode] = useState<string | null>(null)
  const [activeCode, setActiveCode] = useState<string | null>(null)
  const [searchRevision, setSearchRevision] = useState(0)
  const [switchError, setSwitchError] = useState<string | null>(null)
  const editorHandle = useRef<EntryHandle | null>(null)
  const readOnly = info.readOnlyReason !== null

  // Pending edits are saved before another entry opens. If that fails, the entry stays open.
  const open = useCallback(async (code: string) => {
    const saved = (await editorHandle.current?.flush()) ?? true
    if (!saved) {
      setSwitchError(
        `${code} was not opened because the open entry has unsaved edits. Retry the save first.`,
      )
      return
    }

    setSwitchError(null)
    setOpenCode(code)
    setActiveCode(code)
  }, [])

  // Other screens change entries too (review, import), so coming back reloads the list and
  // the open entry, unless it has edits still to be saved.
  const { refresh } = summaries
  const reloadList = useCallback(() => {
    refresh()
    setSearchRevision((revision) => revision + 1)
    editorHandle.current?.reloadIfSaved()
  }, [refresh])
  const wasShown = useRef(activeView === 'entries')
  useEffect(() => {
    const entriesShown = activeView === 'entries'
    if (entriesShown && !wasShown.current) reloadList()
    wasShown.current = entriesShown
  }, [activeView, reloadList])

  const openFromList = useCallback((code: string) => void open(code), [open])

  useEffect(() => {
    if (requestedCode === null) return
    clearRequestedCode()
    void open(requestedCode)
  }, [requestedCode, clearRequestedCode, open])

  const onSaved = useCallback(
    (detail: EntryDetail) => {
      summaries.upsert(summarizeDetail(detail))
      setSearchRevision((revision) => revision + 1)
    },
    [summaries],
  )

  const onCreate = async (rawCode: string, title: string): Promise<string | null> => {
    const result = await api.createEntry({ code: normalizeCode(rawCode), title: title.trim() })
    if (!result.ok) return result.error.message

    summaries.upsert(summarizeDetail(result.value))
    setSearchRevision((revision) => revision + 1)
    await open(result.value.entry.code)
    return null
  }

  return (
    <div className="writing-view">
      <EntryListPanel
        summaries={summaries}
        taxonomy={taxonomy}
        openCode={openCode}
        activeCode={activeCode}
        onActiveCodeChange={setActiveCode}
        searchRevision={searchRevision}
        readOnly={readOnly}
        onOpen={openFromList}
        onCreate={onCreate}
      />
      <div className="editor-area">
        {switchError !== null && (
          <p className="banner banner-error" role="alert">
            {switchError}
          </p>
        )}
        {openCode === null ? (
          <div className="editor-message">
            <p>Choose an entry from the list, or type its code in the search box.</p>
          </div>
        ) : (
          <EntryEditor
            code={openCode}
            readOnly={readOnly}
            handleRef={editorHandle}
            onSaved={onSaved}
          />
        )}
      </div>
    </div>
  )
}
