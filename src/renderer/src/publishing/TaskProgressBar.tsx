import type { TaskProgress } from '../../../shared/api/types'

const PHASE_LABELS: Record<TaskProgress['phase'], string> = {
  reading: 'Reading',
  planning: 'Comparing with the entries',
  writing: 'Writing',
  publishing: 'Marking entries published',
  done: 'Finishing',
}

/** Shows a running task's progress, as an indeterminate bar until the service reports a total. */
export function TaskProgressBar({
  label,
  progress,
}: {
  label: string
  progress: TaskProgress | null
}) {
  const known = progress !== null && progress.total > 0
  const phase = progress === null ? 'Starting' : PHASE_LABELS[progress.phase]
  const counts = known ? ` ${progress.done} of ${progress.total}` : ''

  return (
    <div className="task-progress" role="status" aria-live="polite">
      <progress
        aria-label={label}
        max={known ? progress.total : undefined}
        value={known ? progress.done : undefined}
      />
      <span className="muted">
        {phase}
        {counts}…
      </span>
    </div>
  )
}
