import { useEffect, useRef, useState } from 'react'

import type { Entry } from '../../../shared/model/entry'
import type { Problem } from '../../../shared/validation/problem'
import { api } from '../api/client'

/** Pause in typing after which the unsaved entry is validated. */
export const LIVE_VALIDATION_DELAY_MS = 300

export interface LiveProblems {
  problems: readonly Problem[]
  /** Message of the last failed validation, or null. The previous problems stay on screen. */
  error: string | null
}

/**
 * Validates the unsaved entry through the ContentApi once typing pauses, so problems follow the
 * text on screen rather than the last save. Until the first result, `saved` (the problems the
 * service returned with the loaded or saved entry) is shown. Results of older requests are dropped.
 */
export function useLiveProblems(draft: Entry, saved: readonly Problem[]): LiveProblems {
  const [live, setLive] = useState<LiveProblems | null>(null)
  const latestRequest = useRef(0)
  const first = useRef(draft)

  useEffect(() => {
    // The loaded entry's problems came with it; validate only after the first edit.
    if (draft === first.current) return

    const request = ++latestRequest.current
    const timer = setTimeout(() => {
      api
        .validateEntry({ entry: draft })
        .then((result) => {
          if (request !== latestRequest.current) return
          setLive((previous) =>
            result.ok
              ? { problems: result.value, error: null }
              : { problems: previous?.problems ?? saved, error: result.error.message },
          )
        })
        .catch((error: unknown) => {
          if (request !== latestRequest.current) return
          setLive((previous) => ({ problems: previous?.problems ?? saved, error: String(error) }))
        })
    }, LIVE_VALIDATION_DELAY_MS)

    return () => clearTimeout(timer)
  }, [draft, saved])

  return live ?? { problems: saved, error: null }
}
