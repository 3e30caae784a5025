import { type ReactNode, useEffect, useMemo, useState } from 'react'

import type { FolderInfo } from '../../../shared/api/types'
import type { Taxonomy } from '../../../shared/model/taxonomy'
import { api } from '../api/client'
import { callApi, errorMessage } from './callApi'
import { WorkspaceContext } from './WorkspaceContext'

type Loaded = { info: FolderInfo; taxonomy: Taxonomy }

/** Loads the folder's info and taxonomy before rendering its children. */
export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [failure, setFailure] = useState<string | null>(null)

  useEffect(() => {
    Promise.all([callApi(api.getFolderInfo({})), callApi(api.getTaxonomy({}))])
      .then(([info, taxonomy]) => setLoaded({ info, taxonomy }))
      .catch((error: unknown) => setFailure(errorMessage(error)))
  }, [])

  const value = useMemo(
    () =>
      loaded === null
        ? null
        : {
            ...loaded,
            setTaxonomy: (taxonomy: Taxonomy) => setLoaded({ ...loaded, taxonomy }),
          },
    [loaded],
  )

  if (failure !== null) {
    return (
      <div className="startup-message" role="alert">
        <h1>CodeDesk could not open the content folder</h1>
        <p>{failure}</p>
      </div>
    )
  }
  if (value === null) return <div className="startup-message">Opening the content folder…</div>

  return <WorkspaceContext.Provider value={value}>{children}</WorkspaceContext.Provider>
}
