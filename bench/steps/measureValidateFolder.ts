import { openService, unwrap } from './openService'
import type { Step } from './StepTypes'

/** Measures validating the whole folder: validateFolder, which reads and checks every entry. */
export const measureValidateFolder: Step = async ({ folder: folderPath, scratchDir, runs }) => {
  const { folder, service } = await openService(folderPath, scratchDir)
  const samples: number[] = []
  let problems = 0

  for (let run = 0; run < runs; run++) {
    const start = performance.now()
    const result = unwrap('validateFolder', await service.validateFolder({}))
    samples.push(performance.now() - start)
    problems = result.problems.length
  }

  await folder.close()

  return { status: 'ok', samples, details: { problems } }
}
