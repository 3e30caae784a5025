import { createContext, useContext } from 'react'

import type { FolderInfo } from '../../../shared/api/types'
import type { Taxonomy } from '../../../shared/model/taxonomy'

/** The open content folder's settings, loaded once at start and shared by every screen. */
export interface WorkspaceState {
  info: FolderInfo
  taxonomy: Taxonomy
  /** Replaces the taxonomy after a successful `saveTaxonomy`. */
  setTaxonomy: (taxonomy: Taxonomy) => void
}

export const WorkspaceContext = createContext<WorkspaceState | null>(null)

export function useWorkspace(): WorkspaceState {
  const workspace = useContext(WorkspaceContext)
  if (workspace === null)
    throw new Error(
      'useWorkspace was called outside <WorkspaceProvider>. Render the component inside it.',
    )

  return workspace
}
