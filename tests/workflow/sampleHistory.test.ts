import { join } from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { resolveCommentTarget } from '../../src/shared/workflow/fieldPath'
import { hasSameContent } from '../../src/shared/workflow/hasSameContent'
import type { HistoryFile } from '../../src/shared/workflow/historySchema'
import { isSamePerson } from '../../src/shared/workflow/transitionErrors'
import { ContentFolder } from '../../src/storage/folder/ContentFolder'
import { historyOf } from '../../src/storage/history/HistoryStore'

const contentDir = join(import.meta.dirname, '..', '..', 'content')

let folder: ContentFolder
let entries: Entry[]
let histories: Map<string, HistoryFile>

beforeAll(async () => {
  folder = await ContentFolder.open(contentDir, { app: 'sample history test', readOnly: true })
  entries = await Promise.all(folder.codes().map((code) => folder.read(code)))
  const scan = await historyOf(folder).scan()
  expect(scan.problems).toEqual([])
  histories = scan.histories
})

afterAll(async () => {
  await folder.close()
})

function entriesIn(...statuses: string[]): Entry[] {
  return entries.filter((entry) => statuses.includes(entry.workflow.status))
}

describe('sample content history', () => {
  it('has a history file only for existing entries', () => {
    const codes = new Set(entries.map((entry) => entry.code))

    expect([...histories.keys()].filter((code) => !codes.has(code))).toEqual([])
  })

  it('keeps the approved snapshot of every approved entry', () => {
    const approved = entriesIn('approved', 'published')
    expect(approved.length).toBeGreaterThan(0)

    for (const entry of approved) {
      const snapshot = histories
        .get(entry.code)
        ?.revisions.find((revision) => revision.revision === entry.workflow.approvedRevision)

      expect(snapshot, `${entry.code} approved snapshot`).toBeDefined()
      expect(hasSameContent(snapshot!.entry, entry), `${entry.code} snapshot text`).toBe(true)
      expect(isSamePerson(snapshot!.author, snapshot!.reviewer), `${entry.code} reviewer`).toBe(
        false,
      )
    }
  })

  it('records the submission of every entry in review', () => {
    for (const entry of entriesIn('in-review', 'changes-requested')) {
      const submitted = histories
        .get(entry.code)
        ?.events.find(
          (event) => event.action === 'submitted' && event.revision === entry.workflow.revision,
        )

      expect(submitted?.actor, `${entry.code} submitter`).toBe(entry.meta.updatedBy)
    }
  })

  it('gives every sent-back entry an open field comment', () => {
    const sentBack = entriesIn('changes-requested')
    expect(sentBack.length).toBeGreaterThan(0)

    for (const entry of sentBack) {
      const open = histories.get(entry.code)?.comments.filter((comment) => !comment.resolvedAt)

      expect(open?.length, `${entry.code} open comments`).toBeGreaterThan(0)
      for (const comment of open ?? []) {
        expect(() => resolveCommentTarget(entry, comment.field ?? 'summary')).not.toThrow()
      }
    }
  })
})
