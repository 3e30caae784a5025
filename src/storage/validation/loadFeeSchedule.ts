import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

import type { FileProblem } from '../../shared/api/types'
import {
  FEE_SCHEDULE_FILE,
  type FeeSchedule,
  feeScheduleSchema,
} from '../../shared/model/feeSchedule'
import { parseJsonText } from '../files/JsonDataFile'

export type FeeScheduleLoad =
  { schedule: FeeSchedule; problem: null } | { schedule: null; problem: FileProblem | null }

/**
 * Reads `<folder>/fee-schedule.json`. A missing file means no fee schedule was imported and is not
 * a problem; an unreadable or invalid one is reported and treated as missing.
 */
export async function loadFeeSchedule(folder: string): Promise<FeeScheduleLoad> {
  const path = join(folder, FEE_SCHEDULE_FILE)

  let text: Buffer
  try {
    text = await readFile(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { schedule: null, problem: null }
    return {
      schedule: null,
      problem: { path, reason: `could not be read (${code ?? String(error)})` },
    }
  }

  try {
    const parsed = feeScheduleSchema.safeParse(parseJsonText(text))
    if (parsed.success) return { schedule: parsed.data, problem: null }

    const issues = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
      .join('; ')
    return {
      schedule: null,
      problem: {
        path,
        reason: `does not match the fee schedule format (${issues}); run the RVU import again`,
      },
    }
  } catch (error) {
    return { schedule: null, problem: { path, reason: (error as Error).message } }
  }
}
