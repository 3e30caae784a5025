import { useEffect, useState } from 'react'

import type { TaskProgress } from '../../../shared/api/types'
import { api } from '../api/client'

// Interval between progress requests while a task runs.
const POLL_INTERVAL_MS = 250

/**
 * Polls the progress of a running export or import while `running` is true. Returns null before
 * the service reports the task and after it ends. A failed poll leaves the last progress shown.
 */
export function useTaskProgress(task: TaskProgress['task'], running: boolean): TaskProgress | null {
  const [progress, setProgress] = useState<TaskProgress | null>(null)

  useEffect(() => {
    if (!running) return

    let cancelled = false
    const poll = async () => {
      const result = await api.getTaskProgress({ task })
      if (!cancelled && result.ok && result.value !== null) setProgress(result.value)
    }
    const timer = window.setInterval(() => void poll(), POLL_INTERVAL_MS)
    void poll()

    return () => {
      cancelled = true
      window.clearInterval(timer)
      setProgress(null)
    }
  }, [task, running])

  return running ? progress : null
}
