import type { ContentApi } from '../../shared/api/contract'
import { normalizeCode } from '../../shared/codes/codeSystem'
import { CodeDeskError, ok } from '../../shared/errors'
import { applyEdit } from '../../shared/workflow/applyEdit'
import { historyOf } from '../history/HistoryStore'
import type { ServiceContext } from './ServiceContext'

type EntryMethods = Pick<
  ContentApi,
  | 'getFolderInfo'
  | 'listEntries'
  | 'getValidationStatus'
  | 'searchEntries'
  | 'getEntry'
  | 'createEntry'
  | 'saveEntry'
  | 'deleteEntry'
  | 'validateEntry'
  | 'validateFolder'
  | 'getTaxonomy'
  | 'saveTaxonomy'
  | 'getDictionary'
  | 'addDictionaryWord'
  | 'getProfile'
  | 'setProfile'
>

/** Reading, writing and validating entries and the folder's settings. */
export function createEntryMethods(context: ServiceContext): EntryMethods {
  const { folder, validator, profiles, search } = context

  return {
    getFolderInfo: async () => ok(folder.info()),

    listEntries: async () => ok(folder.list()),

    getValidationStatus: async () => ok({ pending: !validator.isIdle() }),

    searchEntries: async ({ query, limit }) => ok(search.search(query, limit)),

    getEntry: async ({ code }) => {
      const entry = await folder.read(code)
      return ok({ entry, problems: validator.validate(entry) })
    },

    createEntry: async ({ code, title }) => {
      const entry = await folder.create(code, title ?? '', await context.actor())
      const problems = validator.entrySaved(entry)
      search.entryChanged(entry.code)
      context.log.info('entry created', { code: entry.code })

      return ok({ entry, problems })
    },

    saveEntry: async ({ entry, expectedUpdatedAt }) => {
      folder.assertLoadable(entry.code)
      if (!folder.has(entry.code)) {
        throw new CodeDeskError(
          'not-found',
          `Entry ${entry.code} not found; create it before saving.`,
        )
      }

      // The workflow comes from the file: saving an approved entry starts its next draft revision.
      const saved = await historyOf(folder).withEntryLock(entry.code, async () => {
        const current = await folder.read(entry.code)
        const edited = applyEdit(current, entry)

        return folder.write(edited, { actor: await context.actor(), expectedUpdatedAt, current })
      })
      const problems = validator.entrySaved(saved)
      search.entryChanged(saved.code)

      return ok({ entry: saved, problems })
    },

    deleteEntry: async ({ code }) => {
      // Under the entry's lock, so a delete never lands between the two writes that mark an entry
      // published, which would bring the file back.
      await historyOf(folder).withEntryLock(code, () => folder.delete(code))
      validator.entryDeleted(normalizeCode(code))
      search.entryChanged(normalizeCode(code))
      context.log.info('entry deleted', { code })

      return ok({ code })
    },

    validateEntry: async ({ entry }) => ok(validator.validateDraft(entry)),

    validateFolder: async () => ok(await validator.validateAll()),

    getTaxonomy: async () => ok(folder.taxonomy),

    saveTaxonomy: async ({ taxonomy }) => {
      const saved = await folder.saveTaxonomy(taxonomy)
      validator.revalidateAll()

      return ok(saved)
    },

    getDictionary: async () => ok(await folder.dictionary()),

    addDictionaryWord: async ({ word }) => ok(await folder.addDictionaryWord(word)),

    getProfile: async () => ok(await profiles.get()),

    setProfile: async (profile) => ok(await profiles.set(profile)),
  }
}
