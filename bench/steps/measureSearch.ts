import { openService, unwrap } from './openService'
import { searchQueries } from './searchQueries'
import type { Step } from './StepTypes'

const QUERY_COUNT = 200

/** Measures one search keystroke: searchEntries for each of 200 prefix and misspelled queries. */
export const measureSearch: Step = async ({ folder: folderPath, scratchDir, seed }) => {
  const { folder, service } = await openService(folderPath, scratchDir)
  const queries = searchQueries(folder.list(), QUERY_COUNT, seed)
  const samples: number[] = []
  let matches = 0

  for (const { query } of queries) {
    const start = performance.now()
    const result = unwrap('searchEntries', await service.searchEntries({ query }))
    samples.push(performance.now() - start)
    matches += result.codes.length
  }

  await folder.close()

  return {
    status: 'ok',
    samples,
    details: { queries: queries.length, meanMatches: Math.round(matches / queries.length) },
  }
}
