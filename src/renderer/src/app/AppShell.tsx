import { useMemo, useState } from 'react'

import type { AppView } from './AppView'
import { NavigationBar } from './NavigationBar'
import { NavigationContext } from './NavigationContext'
import { useWorkspace } from './WorkspaceContext'

/**
 * The app's frame: the navigation bar and one region per screen. A screen stays mounted once it
 * has been shown, so switching screens never drops an edit that is still waiting to be saved.
 */
export function AppShell({ views }: { views: readonly AppView[] }) {
  const { info } = useWorkspace()
  const [activeView, setActiveView] = useState(views[0]?.id ?? '')
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([activeView]))
  const [requestedCode, setRequestedCode] = useState<string | null>(null)

  const navigation = useMemo(() => {
    const showView = (id: string) => {
      setActiveView(id)
      setVisited((current) => (current.has(id) ? current : new Set([...current, id])))
    }

    return {
      activeView,
      showView,
      requestedCode,
      openEntry: (code: string) => {
        setRequestedCode(code)
        showView('entries')
      },
      clearRequestedCode: () => setRequestedCode(null),
    }
  }, [activeView, requestedCode])

  return (
    <NavigationContext.Provider value={navigation}>
      <div className="app-shell">
        <NavigationBar views={views} folderName={info.name} />
        {info.readOnlyReason !== null && (
          <p className="banner banner-warning" role="status">
            This folder is read-only, so edits are not saved: {info.readOnlyReason}
          </p>
        )}
        {views.map((view) => (
          <main
            key={view.id}
            id={`view-${view.id}`}
            className="app-view"
            hidden={view.id !== activeView}
            aria-label={view.label}
          >
            {visited.has(view.id) && view.render()}
          </main>
        ))}
      </div>
    </NavigationContext.Provider>
  )
}
