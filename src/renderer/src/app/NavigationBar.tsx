import { useProfile } from '../profile/ProfileContext'
import type { AppView } from './AppView'
import { useNavigation } from './NavigationContext'

/** The top bar: app name, folder name, one button per screen and the current person. */
export function NavigationBar({
  views,
  folderName,
}: {
  views: readonly AppView[]
  folderName: string
}) {
  const { activeView, showView } = useNavigation()
  const { profile, editProfile } = useProfile()

  return (
    <header className="top-bar">
      <div className="brand">
        <span className="brand-name">CodeDesk</span>
        <span className="folder-name" title="Content folder">
          {folderName}
        </span>
      </div>
      <nav aria-label="Screens" className="screen-nav">
        {views.map((view) => (
          <button
            key={view.id}
            type="button"
            className="screen-tab"
            aria-current={view.id === activeView ? 'page' : undefined}
            aria-controls={`view-${view.id}`}
            onClick={() => showView(view.id)}
          >
            {view.label}
          </button>
        ))}
      </nav>
      <button type="button" className="profile-button" onClick={editProfile}>
        {profile.name} <span className="profile-role">{profile.role}</span>
      </button>
    </header>
  )
}
