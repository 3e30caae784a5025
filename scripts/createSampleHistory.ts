/**
 * Writes the review history of the bundled sample folder (content/history/<CODE>.json) from its
 * entries, so the sample agrees with itself: every approved entry has the snapshot export uses,
 * every entry in review has its submission, and every entry sent back has the reviewer's comment.
 *
 *   npx tsx scripts/createSampleHistory.ts [CONTENT_DIR]
 *
 * Run it again after editing a sample entry. It replaces the sample's history files, so do not run
 * it on a folder with real review records.
 */
import { join } from 'node:path'

import type { CommentRecord, ReviewEvent } from '../src/shared/api/types'
import type { Entry } from '../src/shared/model/entry'
import type { HistoryFile } from '../src/shared/workflow/historySchema'
import { ContentFolder } from '../src/storage/folder/ContentFolder'
import { historyOf } from '../src/storage/history/HistoryStore'

const REVIEWERS = ['Sam Okafor', 'Dana Whitfield']
const MINUTE_MS = 60 * 1000

// The review comment of each sample entry that a reviewer sent back.
const CHANGE_REQUESTS: Record<string, { field: string; text: string }> = {
  G0406: {
    field: 'summary',
    text: 'Say where the patient is (a hospital or a nursing facility) in the summary too, as the plain-language section does.',
  },
  M1378: {
    field: 'plainLanguage',
    text: 'Say which test this is: a colonoscopy that found nothing that needed treatment. "Normal colon test" alone may not be clear to a patient.',
  },
}

function later(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * MINUTE_MS).toISOString()
}

// Picks a fixed reviewer per code who is never the entry's author, so the sample obeys four eyes.
function reviewerFor(entry: Entry): string {
  const sum = [...entry.code].reduce((total, char) => total + char.charCodeAt(0), 0)
  const candidates = REVIEWERS.filter((name) => name !== entry.meta.updatedBy)

  return candidates[sum % candidates.length] as string
}

function sampleHistory(entry: Entry): HistoryFile | null {
  const { status, revision, approvedRevision } = entry.workflow
  if (status === 'draft' && approvedRevision === null) return null

  const author = entry.meta.updatedBy
  const reviewer = reviewerFor(entry)
  const submittedAt = later(entry.meta.updatedAt, 20)
  const submitted: ReviewEvent = {
    action: 'submitted',
    actor: author,
    at: submittedAt,
    revision,
    comment: null,
  }
  const history: HistoryFile = {
    code: entry.code,
    revisions: [],
    events: [submitted],
    comments: [],
  }

  if (status === 'approved' || status === 'published') {
    const approvedAt = later(entry.meta.updatedAt, 26 * 60)
    history.events.push({
      action: 'approved',
      actor: reviewer,
      at: approvedAt,
      revision,
      comment: null,
    })
    history.revisions.push({
      revision,
      author,
      reviewer,
      approvedAt,
      comment: null,
      entry: {
        ...entry,
        workflow: { ...entry.workflow, status: 'approved', publishedVersion: null },
      },
    })
  }

  if (status === 'changes-requested') {
    const request = CHANGE_REQUESTS[entry.code]
    if (request === undefined) {
      throw new Error(
        `Entry ${entry.code} is changes-requested but the script has no review comment for it. Add one to CHANGE_REQUESTS.`,
      )
    }

    const at = later(entry.meta.updatedAt, 24 * 60)
    const comment: CommentRecord = {
      id: `sample-${entry.code.toLowerCase()}-1`,
      field: request.field,
      text: request.text,
      author: reviewer,
      createdAt: at,
      revision,
      resolvedAt: null,
      resolvedBy: null,
    }
    history.events.push({
      action: 'changes-requested',
      actor: reviewer,
      at,
      revision,
      comment: request.text,
    })
    history.comments.push(comment)
  }

  return history
}

const contentDir = process.argv[2] ?? join(import.meta.dirname, '..', 'content')
const folder = await ContentFolder.open(contentDir, { app: 'createSampleHistory' })
try {
  const store = historyOf(folder)
  let written = 0

  for (const code of folder.codes().sort()) {
    const entry = await folder.read(code)
    const history = sampleHistory(entry)
    if (history === null) continue

    await store.update(code, () => history)
    written++
  }

  process.stdout.write(`Wrote ${written} history files in ${join(contentDir, 'history')}.\n`)
} finally {
  await folder.close()
}
