import { createContext, useContext } from 'react'

import type { Problem } from '../../../shared/validation/problem'

/** The open entry's validation problems as of its last load or save. */
export const EntryProblemsContext = createContext<readonly Problem[]>([])

export function useEntryProblems(): readonly Problem[] {
  return useContext(EntryProblemsContext)
}
