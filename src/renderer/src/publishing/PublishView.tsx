import './publishing.css'

import { ExportPanel } from './ExportPanel'
import { ImportPanel } from './ImportPanel'

/** Renders the Publish screen: the site bundle export and the imports of CMS files and bundles. */
export function PublishView() {
  return (
    <div className="publish-view">
      <ExportPanel />
      <ImportPanel />
    </div>
  )
}
