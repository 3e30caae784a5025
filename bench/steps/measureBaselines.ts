import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { mapWithConcurrency } from '../../src/storage/files/mapWithConcurrency'
import { readTextFile } from '../../src/storage/files/readTextFile'
import { READ_CONCURRENCY } from '../../src/storage/folder/scanEntries'
import { pickSampleCodes } from './pickSampleCodes'
import type { Step } from './StepTypes'

const SAMPLE_COUNT = 100

async function entryFileNames(folder: string): Promise<string[]> {
  const names = await readdir(join(folder, 'entries'))
  return names.filter((name) => name.endsWith('.json'))
}

/**
 * Measures the physical floor of opening: readdir, then readFile and JSON.parse of every entry file with
 * the same number of reads in flight and the same readFile as the app, and nothing else.
 */
export const measureReadAllBaseline: Step = async ({ folder }) => {
  const start = performance.now()
  const names = await entryFileNames(folder)
  await mapWithConcurrency(
    names,
    READ_CONCURRENCY,
    async (name) => JSON.parse(await readTextFile(join(folder, 'entries', name))) as unknown,
  )

  return { status: 'ok', samples: [performance.now() - start] }
}

/** Measures the floor of opening one entry: readFile and JSON.parse of one file. */
export const measureReadOneBaseline: Step = async ({ folder, seed }) => {
  const names = await entryFileNames(folder)
  const samples: number[] = []

  for (const name of pickSampleCodes(names, SAMPLE_COUNT, seed)) {
    const start = performance.now()
    JSON.parse(await readTextFile(join(folder, 'entries', name)))
    samples.push(performance.now() - start)
  }

  return { status: 'ok', samples }
}

/**
 * Measures the floor of saving one entry: writeFile of the file's own bytes to a temporary file beside it,
 * then rename over it, as an atomic save does.
 */
export const measureWriteOneBaseline: Step = async ({ folder, seed }) => {
  const names = await entryFileNames(folder)
  const samples: number[] = []

  for (const name of pickSampleCodes(names, SAMPLE_COUNT, seed + 1)) {
    const path = join(folder, 'entries', name)
    const temporary = join(folder, 'entries', `.${name}.bench-tmp`)
    const bytes = await readFile(path)

    const start = performance.now()
    await writeFile(temporary, bytes)
    await rename(temporary, path)
    samples.push(performance.now() - start)
  }

  return { status: 'ok', samples }
}

/** Measures the floor of exporting: reading every entry file and writing it into a new folder. */
export const measureCopyAllBaseline: Step = async ({ folder, scratchDir }) => {
  const target = join(scratchDir, 'copy-baseline')
  await mkdir(target, { recursive: true })

  const start = performance.now()
  const names = await entryFileNames(folder)
  await mapWithConcurrency(names, READ_CONCURRENCY, async (name) => {
    const bytes = await readFile(join(folder, 'entries', name))
    await writeFile(join(target, name), bytes)
  })
  const elapsed = performance.now() - start

  await rm(target, { recursive: true, force: true })

  return { status: 'ok', samples: [elapsed] }
}
