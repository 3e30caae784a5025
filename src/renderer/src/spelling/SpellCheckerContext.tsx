import { createContext, type ReactNode, useContext, useEffect, useState } from 'react'

import { api } from '../api/client'
import { SpellChecker } from './SpellChecker'

export const SpellCheckerContext = createContext<SpellChecker | null>(null)

/** Returns the shared spell checker, or null while it starts or when it failed to start. */
export function useSpellChecker(): SpellChecker | null {
  return useContext(SpellCheckerContext)
}

/**
 * Starts one spell-check worker for the whole app with the team's word list
 * (`dictionary.txt` of the content folder).
 */
export function SpellCheckerProvider({ children }: { children: ReactNode }) {
  const [checker, setChecker] = useState<SpellChecker | null>(null)

  useEffect(() => {
    let worker: Worker | null = null
    let cancelled = false

    api
      .getDictionary({})
      .then((result) => {
        if (cancelled) return
        if (!result.ok) console.warn(`spelling: team word list not loaded: ${result.error.message}`)

        worker = new Worker(new URL('./spellWorker.ts', import.meta.url), { type: 'module' })
        setChecker(new SpellChecker(worker, result.ok ? result.value : []))
      })
      .catch((error: unknown) => console.warn(`spelling: checker not started: ${String(error)}`))

    return () => {
      cancelled = true
      worker?.terminate()
    }
  }, [])

  return <SpellCheckerContext.Provider value={checker}>{children}</SpellCheckerContext.Provider>
}
