import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import type { Entry } from '../../src/shared/model/entry'
import { docFromParagraphs } from '../../src/shared/model/richText'
import { historyFileSchema } from '../../src/shared/workflow/historySchema'
import { makeEntry } from '../helpers/entryFactory'
import { errorOf, openWorkflowFolder, REVIEWER, unwrap, WRITER } from './workflowFixture'

let fixture: Awaited<ReturnType<typeof openWorkflowFolder>> | null = null

async function open(entries: Entry[], workspace: Record<string, unknown> = {}) {
  fixture = await openWorkflowFolder(entries, workspace)
  return fixture
}

afterEach(async () => {
  await fixture?.close()
  fixture = null
})

function draftOf(code: string, author = 'Ana Writer'): Entry {
  const at = '2026-02-01T09:00:00.000Z'
  return makeEntry(code, {
    meta: { createdAt: at, createdBy: author, updatedAt: at, updatedBy: author },
  })
}

async function history(code: string) {
  return historyFileSchema.parse(JSON.parse(await fixture!.readHistoryText(code)))
}

describe('workflow service', () => {
  it('runs submit, request changes, fix and approve', async () => {
    const { api, as, readEntryFile } = await open([draftOf('M1440')])

    await as(WRITER)
    unwrap(await api.submitForReview({ code: 'M1440' }))
    expect((await readEntryFile('M1440')).workflow.status).toBe('in-review')
    expect((await history('M1440')).events.map((event) => event.action)).toEqual(['submitted'])

    await as(REVIEWER)
    const sentBack = unwrap(
      await api.requestChanges({
        code: 'M1440',
        comment: 'Name who may report it.',
        field: 'faqs[0].answer',
      }),
    )
    const onDiskAfterRequest = await readEntryFile('M1440')
    const comment = (await history('M1440')).comments[0]!
    expect(sentBack.entry.workflow.status).toBe('changes-requested')
    expect(onDiskAfterRequest.workflow.status).toBe('changes-requested')
    expect(onDiskAfterRequest.meta.updatedBy).toBe('Ana Writer')
    expect(comment.field).toBe('faqs[0].answer')
    expect(comment.faqId).toBe('faq-one')
    expect(comment.author).toBe('Rita Reviewer')

    await as(WRITER)
    const loaded = unwrap(await api.getEntry({ code: 'M1440' })).entry
    const fixed = unwrap(
      await api.saveEntry({
        entry: {
          ...loaded,
          faqs: loaded.faqs.map((faq, index) =>
            index === 0
              ? { ...faq, answer: docFromParagraphs(['The clinician who held the video visit.']) }
              : faq,
          ),
        },
        expectedUpdatedAt: loaded.meta.updatedAt,
      }),
    )
    expect(fixed.entry.workflow.status).toBe('changes-requested')
    unwrap(await api.resolveComment({ code: 'M1440', commentId: comment.id }))
    unwrap(await api.submitForReview({ code: 'M1440' }))

    await as(REVIEWER)
    const approved = unwrap(
      await api.approveEntry({
        code: 'M1440',
        comment: 'Reads well.',
        expectedUpdatedAt: fixed.entry.meta.updatedAt,
      }),
    )

    const finalEntry = await readEntryFile('M1440')
    const finalHistory = await history('M1440')
    expect(approved.entry.workflow).toEqual({
      status: 'approved',
      revision: 1,
      approvedRevision: 1,
      publishedVersion: null,
    })
    expect(finalEntry.workflow.status).toBe('approved')
    expect(finalEntry.meta.updatedBy).toBe('Ana Writer')
    expect(finalHistory.events.map((event) => [event.action, event.actor])).toEqual([
      ['submitted', 'Ana Writer'],
      ['changes-requested', 'Rita Reviewer'],
      ['submitted', 'Ana Writer'],
      ['approved', 'Rita Reviewer'],
    ])
    expect(finalHistory.comments[0]?.resolvedBy).toBe('Ana Writer')
    expect(finalHistory.revisions).toHaveLength(1)
    expect(finalHistory.revisions[0]?.author).toBe('Ana Writer')
    expect(finalHistory.revisions[0]?.reviewer).toBe('Rita Reviewer')
    expect(finalHistory.revisions[0]?.comment).toBe('Reads well.')
    expect(finalHistory.revisions[0]?.entry).toEqual(finalEntry)
  })

  it('starts a new draft revision when an approved entry is edited', async () => {
    const { api, as, readEntryFile } = await open([draftOf('M1440')])
    await as(WRITER)
    unwrap(await api.submitForReview({ code: 'M1440' }))
    await as(REVIEWER)
    unwrap(await api.approveEntry({ code: 'M1440' }))
    await as(WRITER)
    const approved = unwrap(await api.getEntry({ code: 'M1440' })).entry

    const saved = unwrap(
      await api.saveEntry({
        entry: { ...approved, title: 'Telehealth enc' },
        expectedUpdatedAt: approved.meta.updatedAt,
      }),
    ).entry
    const again = unwrap(
      await api.saveEntry({
        entry: { ...saved, synonyms: [...saved.synonyms, 'video visit'] },
        expectedUpdatedAt: saved.meta.updatedAt,
      }),
    ).entry

    const snapshot = unwrap(await api.getRevision({ code: 'M1440', revision: 1 }))
    expect(saved.workflow).toEqual({
      status: 'draft',
      revision: 2,
      approvedRevision: 1,
      publishedVersion: null,
    })
    expect(again.workflow.revision).toBe(2)
    expect((await readEntryFile('M1440')).title).toBe('Telehealth enc')
    expect(snapshot.entry.title).toBe('Title of M1440')
    expect(snapshot.entry.workflow.status).toBe('approved')
  })

  it('keeps the workflow when a save sends another one', async () => {
    const { api, as, readEntryFile } = await open([draftOf('M1440')])
    await as(WRITER)
    const entry = unwrap(await api.getEntry({ code: 'M1440' })).entry

    const saved = unwrap(
      await api.saveEntry({
        entry: {
          ...entry,
          title: 'Changed',
          workflow: {
            status: 'approved',
            revision: 1,
            approvedRevision: 1,
            publishedVersion: null,
          },
        },
        expectedUpdatedAt: entry.meta.updatedAt,
      }),
    ).entry

    expect(saved.workflow.status).toBe('draft')
    expect((await readEntryFile('M1440')).workflow.approvedRevision).toBeNull()
  })

  it('enforces four eyes unless the workspace allows self-approval', async () => {
    const author = { name: 'Sam Okafor', role: 'both' } as const
    const strict = await open([draftOf('M1440', 'Sam Okafor')])
    await strict.as(author)
    unwrap(await strict.api.submitForReview({ code: 'M1440' }))

    const rejected = errorOf(await strict.api.approveEntry({ code: 'M1440' }))

    expect(rejected.code).toBe('forbidden')
    expect(rejected.message).toMatch(/Sam Okafor wrote the last change to entry M1440/)
    expect((await strict.readEntryFile('M1440')).workflow.status).toBe('in-review')
    expect((await history('M1440')).revisions).toEqual([])
    await strict.close()

    const solo = await open([draftOf('M1440', 'Sam Okafor')], {
      review: { allowSelfApproval: true },
    })
    await solo.as(author)
    unwrap(await solo.api.submitForReview({ code: 'M1440' }))
    unwrap(await solo.api.approveEntry({ code: 'M1440' }))

    const record = await history('M1440')
    expect(record.events.at(-1)?.selfApproved).toBe(true)
    expect(record.revisions[0]?.selfApproved).toBe(true)
    expect(unwrap(await solo.api.getHistory({ code: 'M1440' })).revisions[0]?.selfApproved).toBe(
      true,
    )
  })

  it('rejects an approval of text changed after the review', async () => {
    const { api, as, readEntryFile } = await open([draftOf('M1440')])
    await as(WRITER)
    const submitted = unwrap(await api.submitForReview({ code: 'M1440' })).entry
    const seenByReviewer = submitted.meta.updatedAt
    unwrap(
      await api.saveEntry({
        entry: { ...submitted, title: 'Edited while in review' },
        expectedUpdatedAt: submitted.meta.updatedAt,
      }),
    )

    await as(REVIEWER)
    const failure = errorOf(
      await api.approveEntry({ code: 'M1440', expectedUpdatedAt: seenByReviewer }),
    )

    expect(failure.code).toBe('conflict')
    expect(failure.message).toMatch(/Reload the diff/)
    expect((await readEntryFile('M1440')).workflow.status).toBe('in-review')
    expect((await history('M1440')).revisions).toEqual([])
  })

  it('rejects a submission with validation errors', async () => {
    const incomplete = { ...draftOf('M1440'), faqs: [] }
    const { api, as, readEntryFile, contentDir } = await open([incomplete])
    await as(WRITER)
    const before = await readFile(join(contentDir, 'entries', 'M1440.json'), 'utf8')

    const failure = errorOf(await api.submitForReview({ code: 'M1440' }))

    expect(failure.code).toBe('validation-failed')
    expect(failure.message).toMatch(/cannot be submitted: it has \d+ validation errors?/)
    expect(failure.message).toMatch(/faqs/)
    expect(await readFile(join(contentDir, 'entries', 'M1440.json'), 'utf8')).toBe(before)
    expect((await readEntryFile('M1440')).workflow.status).toBe('draft')
  })

  it('restores an approved revision as a new draft', async () => {
    const { api, as } = await open([draftOf('M1440')])
    for (const title of ['First approved', 'Second approved']) {
      await as(WRITER)
      const current = unwrap(await api.getEntry({ code: 'M1440' })).entry
      unwrap(await api.saveEntry({ entry: { ...current, title }, expectedUpdatedAt: null }))
      unwrap(await api.submitForReview({ code: 'M1440' }))
      await as(REVIEWER)
      unwrap(await api.approveEntry({ code: 'M1440' }))
    }
    await as(WRITER)

    const restored = unwrap(await api.restoreRevision({ code: 'M1440', revision: 1 })).entry

    const record = unwrap(await api.getHistory({ code: 'M1440' }))
    expect(restored.title).toBe('First approved')
    expect(restored.workflow).toEqual({
      status: 'draft',
      revision: 3,
      approvedRevision: 2,
      publishedVersion: null,
    })
    expect(restored.meta.updatedBy).toBe('Ana Writer')
    expect(record.revisions.map((revision) => revision.revision)).toEqual([1, 2])
    expect(record.events.at(-1)).toMatchObject({ action: 'restored', revision: 3 })
    expect(errorOf(await api.getRevision({ code: 'M1440', revision: 3 })).code).toBe('not-found')
  })

  it('lets a reviewer comment and anyone resolve', async () => {
    const { api, as } = await open([draftOf('M1440')])
    await as(REVIEWER)

    const comment = unwrap(
      await api.addComment({ code: 'M1440', text: 'Shorter summary?', field: 'summary' }),
    )
    await as(WRITER)
    const resolved = unwrap(await api.resolveComment({ code: 'M1440', commentId: comment.id }))
    const twice = errorOf(await api.resolveComment({ code: 'M1440', commentId: comment.id }))
    const missing = errorOf(await api.resolveComment({ code: 'M1440', commentId: 'nope' }))

    expect(comment.field).toBe('summary')
    expect(resolved.resolvedBy).toBe('Ana Writer')
    expect(twice.code).toBe('transition-rejected')
    expect(missing.code).toBe('not-found')
    expect((await history('M1440')).comments).toEqual([resolved])
  })

  it('serializes a save and an approval of one entry', async () => {
    const { api, as, readEntryFile } = await open([draftOf('M1440')])
    await as(WRITER)
    const submitted = unwrap(await api.submitForReview({ code: 'M1440' })).entry
    await as(REVIEWER)

    const [saved, approved] = await Promise.all([
      api.saveEntry({ entry: { ...submitted, title: 'Late edit' }, expectedUpdatedAt: null }),
      api.approveEntry({ code: 'M1440', expectedUpdatedAt: submitted.meta.updatedAt }),
    ])

    const onDisk = await readEntryFile('M1440')
    const record = await history('M1440')
    expect(saved.ok).toBe(true)
    // The save ran first, so the approval saw newer text than the reviewer did.
    expect(errorOf(approved).code).toBe('conflict')
    expect(onDisk.title).toBe('Late edit')
    expect(onDisk.workflow.status).toBe('in-review')
    expect(record.revisions).toEqual([])
  })
})

describe('review queue', () => {
  it('lists entries in review, oldest submission first', async () => {
    const inReview = (code: string, author: string): Entry => ({
      ...draftOf(code, author),
      workflow: {
        status: 'in-review',
        revision: 1,
        approvedRevision: null,
        publishedVersion: null,
      },
    })
    const { api, contentDir } = await open([
      inReview('M1440', 'Ana Writer'),
      inReview('G0071', 'Sam Okafor'),
      inReview('J0129', 'Dana Whitfield'),
      draftOf('G2012'),
    ])
    await mkdir(join(contentDir, 'history'))
    const submittedAt: Record<string, string> = {
      M1440: '2026-02-03T10:00:00.000Z',
      G0071: '2026-02-01T10:00:00.000Z',
    }
    for (const [code, at] of Object.entries(submittedAt)) {
      const record = {
        code,
        revisions: [],
        events: [{ action: 'submitted', actor: 'Submitter', at, revision: 1, comment: null }],
        comments: [],
      }
      await writeFile(join(contentDir, 'history', `${code}.json`), JSON.stringify(record))
    }

    const queue = unwrap(await api.getReviewQueue({}))

    // J0129 has no history file, so its last change (2026-02-01T09:00) dates it.
    expect(queue.map((item) => item.code)).toEqual(['J0129', 'G0071', 'M1440'])
    expect(queue[0]).toEqual({
      code: 'J0129',
      title: 'Title of J0129',
      author: 'Dana Whitfield',
      submittedAt: '2026-02-01T09:00:00.000Z',
      revision: 1,
    })
    expect(queue[1]?.author).toBe('Submitter')
    expect(queue[2]?.submittedAt).toBe('2026-02-03T10:00:00.000Z')
  })
})
