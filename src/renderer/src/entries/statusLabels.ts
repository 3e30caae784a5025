import type { EntryStatus } from '../../../shared/model/entry'

export const STATUS_LABELS: Record<EntryStatus, string> = {
  draft: 'Draft',
  'in-review': 'In review',
  'changes-requested': 'Changes requested',
  approved: 'Approved',
  published: 'Published',
}
