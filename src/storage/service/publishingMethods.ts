import type { ContentApi } from '../../shared/api/contract'
import { fail } from '../../shared/errors'
import type { ServiceContext } from './ServiceContext'

type PublishingMethods = Pick<ContentApi, 'exportBundle' | 'previewImport' | 'applyImport'>

const notYet = async () =>
  fail<never>('not-implemented', 'Export and import are not available yet.')

/** Exporting the site bundle and importing CMS files and bundles. */
export function createPublishingMethods(_context: ServiceContext): PublishingMethods {
  return {
    exportBundle: notYet,
    previewImport: notYet,
    applyImport: notYet,
  }
}
