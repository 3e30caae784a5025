import { createContext, useContext } from 'react'

/** Moves between screens. Another screen calls `openEntry` to show a code in the editor. */
export interface Navigation {
  activeView: string
  showView: (id: string) => void
  /** The code the Entries screen should open next, set by `openEntry`. */
  requestedCode: string | null
  openEntry: (code: string) => void
  clearRequestedCode: () => void
}

export const NavigationContext = createContext<Navigation | null>(null)

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext)
  if (navigation === null)
    throw new Error('useNavigation was called outside <AppShell>. Render the component inside it.')

  return navigation
}
