/** The input the runner passes to each step's process. */
export interface StepInput {
  folder: string
  /** An empty folder the step may write to (profile file, export output, copies). */
  scratchDir: string
  seed: number
  runs: number
  /** The gunzipped PPRRVU CSV, or null when the shared data folder is not beside the repo. */
  pprrvuPath: string | null
}

export type StepOutput =
  | {
      status: 'ok'
      /** Durations in milliseconds. */
      samples: number[]
      details?: Record<string, number | string>
    }
  | { status: 'not-available'; reason: string }

export type Step = (input: StepInput) => Promise<StepOutput>
