import './publishing.css'

import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'

/** The Publish screen: exporting the site bundle and importing CMS files and bundles. */
export function PublishView() {
  return (
    <div className="publish-view">
      <ExportPanel />
      <ImportPanel />
    </div>
  )
}
