import { AppShell } from './app/AppShell'
import type { AppView } from './app/AppView'
import { WorkspaceProvider } from './app/WorkspaceProvider'
import { WritingView } from './entries/WritingView'
import { ProfileGate } from './profile/ProfileGate'
import { PublishView } from './publishing/PublishView'
import { ReviewView } from './review/ReviewView'
import { SpellCheckerProvider } from './spelling/SpellCheckerContext'

// One line per screen, so each screen's owner changes only its own line.
const VIEWS: AppView[] = [
  { id: 'entries', label: 'Entries', render: () => <WritingView /> },
  { id: 'review', label: 'Review', render: () => <ReviewView /> },
  { id: 'publish', label: 'Publish', render: () => <PublishView /> },
]

export function App() {
  return (
    <WorkspaceProvider>
      <ProfileGate>
        <SpellCheckerProvider>
          <AppShell views={VIEWS} />
        </SpellCheckerProvider>
      </ProfileGate>
    </WorkspaceProvider>
  )
}
