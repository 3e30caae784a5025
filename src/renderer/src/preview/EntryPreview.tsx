import { useDeferredValue, useMemo } from 'react'

import type { Entry } from '../../../shared/model/entry'
import { buildCodePage } from '../../../shared/page'
import { useWorkspace } from '../app/WorkspaceContext'
import { PagePreview } from './PagePreview'

/**
 * The entry as the public page shows it, rebuilt from the unsaved draft as the writer types. The
 * page is built with the same model export uses, so the preview and the site agree.
 */
export function EntryPreview({ entry }: { entry: Entry }) {
  const { taxonomy, info } = useWorkspace()
  // Typing stays responsive: the preview catches up when React has a moment.
  const deferred = useDeferredValue(entry)
  const page = useMemo(
    () => buildCodePage(deferred, taxonomy, info.workspace),
    [deferred, taxonomy, info.workspace],
  )

  return (
    <aside className="preview-pane" aria-label="Page preview">
      <div className="preview-toolbar">
        <span className="preview-label">Preview</span>
        <span className="muted">{page.path}</span>
      </div>
      <PagePreview page={page} />
    </aside>
  )
}
