import { describe, expect, it } from 'vitest'

import type { Profile, RevisionSnapshot } from '../../src/shared/api/types'
import type { Entry, EntryStatus } from '../../src/shared/model/entry'
import { docFromParagraphs } from '../../src/shared/model/richText'
import type { Problem } from '../../src/shared/validation/problem'
import { applyEdit } from '../../src/shared/workflow/applyEdit'
import { approveTransition } from '../../src/shared/workflow/approveTransition'
import { createComment, resolveComment } from '../../src/shared/workflow/commentActions'
import { publishTransition } from '../../src/shared/workflow/publishTransition'
import { requestChangesTransition } from '../../src/shared/workflow/requestChangesTransition'
import { restoreTransition } from '../../src/shared/workflow/restoreTransition'
import { submitTransition } from '../../src/shared/workflow/submitTransition'
import { makeEntry } from '../helpers/entryFactory'

const now = new Date('2026-03-02T09:30:00.000Z')
const writer: Profile = { name: 'Ana Writer', role: 'writer' }
const reviewer: Profile = { name: 'Rita Reviewer', role: 'reviewer' }
const both: Profile = { name: 'Bo Both', role: 'both' }

function entryIn(status: EntryStatus, revision = 2, approvedRevision: number | null = 1): Entry {
  return makeEntry('M1440', {
    workflow: { status, revision, approvedRevision, publishedVersion: null },
    meta: {
      createdAt: '2026-01-05T10:00:00.000Z',
      createdBy: 'Ana Writer',
      updatedAt: '2026-03-01T08:00:00.000Z',
      updatedBy: 'Ana Writer',
    },
  })
}

const noProblems: Problem[] = []
const oneError: Problem[] = [
  {
    ruleId: 'required/content',
    code: 'M1440',
    field: 'faqs',
    message: 'faqs: entry M1440 has 1 FAQs, fewer than the 2 required once it leaves draft.',
    severity: 'error',
  },
]
const oneWarning: Problem[] = [{ ...oneError[0]!, severity: 'warning' }]

describe('submitTransition', () => {
  it.each<EntryStatus>(['draft', 'changes-requested'])('moves %s into review', (status) => {
    const entry = entryIn(status)

    const result = submitTransition(entry, { profile: writer, now, problems: oneWarning })

    expect(result.workflow).toEqual({ ...entry.workflow, status: 'in-review' })
    expect(result.event).toEqual({
      action: 'submitted',
      actor: 'Ana Writer',
      at: now.toISOString(),
      revision: 2,
      comment: null,
    })
  })

  it.each<[EntryStatus, RegExp]>([
    [
      'in-review',
      /cannot be submitted: it is in review \(revision 2\)\. It is already in the review queue/,
    ],
    [
      'approved',
      /it is approved \(revision 2\)\. It has no changes since its approval\. Edit it to start revision 3/,
    ],
    ['published', /it is published \(revision 2\)/],
  ])('rejects an entry that is %s', (status, message) => {
    const call = () => submitTransition(entryIn(status), { profile: writer, now, problems: [] })

    expect(call).toThrow(message)
    expect(call).toThrow(expect.objectContaining({ code: 'transition-rejected' }))
  })

  it('rejects an entry with validation errors', () => {
    const call = () =>
      submitTransition(entryIn('draft'), { profile: writer, now, problems: oneError })

    expect(call).toThrow(expect.objectContaining({ code: 'validation-failed' }))
    expect(call).toThrow(
      /Entry M1440 cannot be submitted: it has 1 validation error\. Fix them first: faqs: entry M1440 has 1 FAQs/,
    )
  })

  it('rejects a reviewer-only profile', () => {
    const call = () => submitTransition(entryIn('draft'), { profile: reviewer, now, problems: [] })

    expect(call).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(call).toThrow(/Rita Reviewer has the reviewer role and cannot submit entries for review/)
  })

  it('rejects a missing profile', () => {
    const call = () => submitTransition(entryIn('draft'), { profile: null, now, problems: [] })

    expect(call).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(call).toThrow(/No profile is set/)
  })
})

describe('approveTransition', () => {
  const input = { now, problems: noProblems, allowSelfApproval: false }

  it('approves the revision in review and snapshots it', () => {
    const entry = entryIn('in-review')

    const result = approveTransition(entry, { ...input, profile: reviewer, comment: ' Clear. ' })

    expect(result.entry.workflow).toEqual({
      status: 'approved',
      revision: 2,
      approvedRevision: 2,
      publishedVersion: null,
    })
    expect(result.event).toEqual({
      action: 'approved',
      actor: 'Rita Reviewer',
      at: now.toISOString(),
      revision: 2,
      comment: 'Clear.',
    })
    expect(result.snapshot).toEqual({
      revision: 2,
      entry: result.entry,
      author: 'Ana Writer',
      reviewer: 'Rita Reviewer',
      approvedAt: now.toISOString(),
      comment: 'Clear.',
    })
    expect(result.entry.meta).toEqual(entry.meta)
  })

  it.each<[EntryStatus, RegExp]>([
    [
      'draft',
      /cannot be approved: it is a draft \(revision 2\)\. The writer must submit it for review first/,
    ],
    [
      'changes-requested',
      /it is waiting for the changes a reviewer requested \(revision 2\)\. The writer must submit/,
    ],
    ['approved', /it is approved \(revision 2\)\. Revision 2 is already approved/],
    ['published', /it is published \(revision 2\)\. Revision 2 is already approved/],
  ])('rejects an entry that is %s', (status, message) => {
    const call = () => approveTransition(entryIn(status), { ...input, profile: reviewer })

    expect(call).toThrow(message)
    expect(call).toThrow(expect.objectContaining({ code: 'transition-rejected' }))
  })

  it('rejects a writer-only profile', () => {
    const call = () => approveTransition(entryIn('in-review'), { ...input, profile: writer })

    expect(call).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(call).toThrow(
      /Ana Writer has the writer role and cannot approve entries\. Switch the profile to reviewer/,
    )
  })

  it('rejects the last author as reviewer', () => {
    const author: Profile = { name: ' ana writer ', role: 'both' }
    const call = () => approveTransition(entryIn('in-review'), { ...input, profile: author })

    expect(call).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(call).toThrow(
      /wrote the last change to entry M1440 \(revision 2\) and cannot approve it: another reviewer must/,
    )
    expect(call).toThrow(/"allowSelfApproval": true/)
  })

  it('records a self-approval the workspace allows', () => {
    const author: Profile = { name: 'Ana Writer', role: 'both' }

    const result = approveTransition(entryIn('in-review'), {
      ...input,
      profile: author,
      allowSelfApproval: true,
    })

    expect(result.entry.workflow.status).toBe('approved')
    expect(result.event.selfApproved).toBe(true)
    expect(result.snapshot.selfApproved).toBe(true)
    expect(result.snapshot.reviewer).toBe('Ana Writer')
    expect(result.snapshot.author).toBe('Ana Writer')
  })

  it('leaves the flag off for another reviewer', () => {
    const result = approveTransition(entryIn('in-review'), {
      ...input,
      profile: both,
      allowSelfApproval: true,
    })

    expect(result.event).not.toHaveProperty('selfApproved')
    expect(result.snapshot).not.toHaveProperty('selfApproved')
  })

  it('rejects an entry with validation errors', () => {
    const call = () =>
      approveTransition(entryIn('in-review'), { ...input, profile: reviewer, problems: oneError })

    expect(call).toThrow(expect.objectContaining({ code: 'validation-failed' }))
    expect(call).toThrow(/cannot be approved: it has 1 validation error/)
  })

  it('rejects text changed since the reviewer saw it', () => {
    const call = () =>
      approveTransition(entryIn('in-review'), {
        ...input,
        profile: reviewer,
        expectedUpdatedAt: '2026-02-28T08:00:00.000Z',
      })

    expect(call).toThrow(expect.objectContaining({ code: 'conflict' }))
    expect(call).toThrow(
      /changed by Ana Writer at 2026-03-01T08:00:00\.000Z, after the version you reviewed/,
    )
  })

  it('accepts the text the reviewer saw', () => {
    const result = approveTransition(entryIn('in-review'), {
      ...input,
      profile: reviewer,
      expectedUpdatedAt: '2026-03-01T08:00:00.000Z',
    })

    expect(result.entry.workflow.status).toBe('approved')
  })
})

describe('requestChangesTransition', () => {
  const base = { now, comment: 'Say who may report it.', commentId: 'c-1' }

  it('sends the entry back with a field comment', () => {
    const result = requestChangesTransition(entryIn('in-review'), {
      ...base,
      profile: reviewer,
      field: 'faqs[1].answer',
    })

    expect(result.workflow.status).toBe('changes-requested')
    expect(result.workflow.revision).toBe(2)
    expect(result.event).toEqual({
      action: 'changes-requested',
      actor: 'Rita Reviewer',
      at: now.toISOString(),
      revision: 2,
      comment: 'Say who may report it.',
    })
    expect(result.comment).toEqual({
      id: 'c-1',
      field: 'faqs[1].answer',
      text: 'Say who may report it.',
      author: 'Rita Reviewer',
      createdAt: now.toISOString(),
      revision: 2,
      resolvedAt: null,
      resolvedBy: null,
      faqId: 'faq-two',
    })
  })

  it('rejects an empty comment', () => {
    const call = () =>
      requestChangesTransition(entryIn('in-review'), { ...base, profile: reviewer, comment: '  ' })

    expect(call).toThrow(expect.objectContaining({ code: 'invalid-argument' }))
    expect(call).toThrow(/needs a comment: say what the writer should change/)
  })

  it.each(['faqs[2].answer', 'synonyms[5]', 'summary.text', 'synonyms[0].answer', 'meta'])(
    'rejects the unknown field %s',
    (field) => {
      const call = () =>
        requestChangesTransition(entryIn('in-review'), { ...base, profile: reviewer, field })

      expect(call).toThrow(expect.objectContaining({ code: 'invalid-argument' }))
      expect(call).toThrow(new RegExp(`Field '${field.replace(/[[\].]/g, '\\$&')}'`))
    },
  )

  it.each<EntryStatus>(['draft', 'changes-requested', 'approved', 'published'])(
    'rejects an entry that is %s',
    (status) => {
      const call = () => requestChangesTransition(entryIn(status), { ...base, profile: reviewer })

      expect(call).toThrow(expect.objectContaining({ code: 'transition-rejected' }))
      expect(call).toThrow(/Only an entry in review can be sent back with changes/)
    },
  )

  it('rejects a writer-only profile', () => {
    const call = () => requestChangesTransition(entryIn('in-review'), { ...base, profile: writer })

    expect(call).toThrow(expect.objectContaining({ code: 'forbidden' }))
    expect(call).toThrow(/cannot request changes/)
  })
})

describe('createComment', () => {
  it('lets a reviewer-only profile comment in any status', () => {
    for (const status of ['draft', 'approved'] as const) {
      const comment = createComment(entryIn(status), {
        profile: reviewer,
        now,
        text: 'Shorter, please.',
        field: 'summary',
        id: `c-${status}`,
      })

      expect(comment.author).toBe('Rita Reviewer')
      expect(comment.field).toBe('summary')
      expect(comment).not.toHaveProperty('faqId')
    }
  })

  it('attaches a comment to the whole entry', () => {
    const comment = createComment(entryIn('draft'), {
      profile: writer,
      now,
      text: 'Done.',
      id: 'x',
    })

    expect(comment.field).toBeNull()
  })

  it('rejects a comment without a profile', () => {
    const call = () => createComment(entryIn('draft'), { profile: null, now, text: 'Hi', id: 'x' })

    expect(call).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })
})

describe('resolveComment', () => {
  const comment = createComment(entryIn('in-review'), {
    profile: reviewer,
    now,
    text: 'Fix the summary.',
    field: 'summary',
    id: 'c-1',
  })

  it('records who resolved it and when', () => {
    const later = new Date('2026-03-03T10:00:00.000Z')

    const resolved = resolveComment(comment, { profile: writer, now: later })

    expect(resolved.resolvedAt).toBe(later.toISOString())
    expect(resolved.resolvedBy).toBe('Ana Writer')
    expect(resolved.text).toBe('Fix the summary.')
  })

  it('rejects a comment already resolved', () => {
    const resolved = resolveComment(comment, { profile: writer, now })
    const call = () => resolveComment(resolved, { profile: reviewer, now })

    expect(call).toThrow(expect.objectContaining({ code: 'transition-rejected' }))
    expect(call).toThrow(/already resolved by Ana Writer/)
  })
})

describe('applyEdit', () => {
  const edited = (entry: Entry): Entry => ({
    ...entry,
    summary: docFromParagraphs(['A new summary.']),
  })

  it.each<[EntryStatus, EntryStatus, number]>([
    ['draft', 'draft', 2],
    ['in-review', 'in-review', 2],
    ['changes-requested', 'changes-requested', 2],
    ['approved', 'draft', 3],
    ['published', 'draft', 3],
  ])('moves an edited %s entry to %s revision %d', (status, expected, revision) => {
    const previous = entryIn(status, 2, 2)

    const result = applyEdit(previous, edited(previous))

    expect(result.workflow.status).toBe(expected)
    expect(result.workflow.revision).toBe(revision)
    expect(result.workflow.approvedRevision).toBe(2)
    expect(result.summary).toEqual(docFromParagraphs(['A new summary.']))
  })

  it('keeps the workflow of a save without changes', () => {
    const previous = entryIn('approved', 2, 2)
    const reordered = Object.fromEntries(Object.entries(previous).reverse()) as Entry

    expect(applyEdit(previous, reordered).workflow).toEqual(previous.workflow)
  })

  it('ignores a workflow sent by the editor', () => {
    const previous = entryIn('draft', 2, 1)
    const forged: Entry = {
      ...edited(previous),
      workflow: { status: 'approved', revision: 9, approvedRevision: 9, publishedVersion: 'v9' },
    }

    expect(applyEdit(previous, forged).workflow).toEqual(previous.workflow)
  })
})

describe('restoreTransition', () => {
  const snapshot: RevisionSnapshot = {
    revision: 1,
    entry: makeEntry('M1440', {
      title: 'Old title',
      workflow: { status: 'approved', revision: 1, approvedRevision: 1, publishedVersion: null },
    }),
    author: 'Ana Writer',
    reviewer: 'Rita Reviewer',
    approvedAt: '2026-02-01T10:00:00.000Z',
    comment: null,
  }

  it('creates a new draft revision with the old text', () => {
    const current = entryIn('approved', 2, 2)

    const result = restoreTransition(current, snapshot, { profile: writer, now })

    expect(result.entry.title).toBe('Old title')
    expect(result.entry.workflow).toEqual({
      status: 'draft',
      revision: 3,
      approvedRevision: 2,
      publishedVersion: null,
    })
    expect(result.entry.meta).toEqual(current.meta)
    expect(result.event).toEqual({
      action: 'restored',
      actor: 'Ana Writer',
      at: now.toISOString(),
      revision: 3,
      comment: 'Restored the text of revision 1.',
    })
  })

  it('rejects a restore that changes nothing', () => {
    const current: Entry = { ...snapshot.entry, workflow: { ...snapshot.entry.workflow } }
    const call = () => restoreTransition(current, snapshot, { profile: writer, now })

    expect(call).toThrow(expect.objectContaining({ code: 'transition-rejected' }))
    expect(call).toThrow(/its text already equals that revision/i)
  })

  it('rejects a reviewer-only profile', () => {
    const call = () => restoreTransition(entryIn('draft'), snapshot, { profile: reviewer, now })

    expect(call).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })
})

describe('publishTransition', () => {
  it('marks an approved entry published', () => {
    const result = publishTransition(entryIn('approved', 2, 2), {
      version: '2026.03.02-1',
      actor: 'Export',
      now,
    })

    expect(result.workflow.status).toBe('published')
    expect(result.workflow.publishedVersion).toBe('2026.03.02-1')
    expect(result.event.revision).toBe(2)
  })

  it('keeps the status of a newer draft', () => {
    const result = publishTransition(entryIn('draft', 3, 2), {
      version: '2026.03.02-1',
      actor: 'Export',
      now,
    })

    expect(result.workflow.status).toBe('draft')
    expect(result.workflow.revision).toBe(3)
    expect(result.event.revision).toBe(2)
  })
})
