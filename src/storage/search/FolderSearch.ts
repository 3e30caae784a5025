import type { SearchResult } from '../../shared/api/types'
import type { ContentFolder } from '../folder/ContentFolder'
import { SearchIndex } from './SearchIndex'

/**
 * The search index of an open folder. It is built on the first search rather than at open, so a
 * folder that is never searched (the CLI) never pays for it. Every writer reports what it
 * changed: `entryChanged` after one entry, `folderChanged` after a bulk write such as an import.
 */
export class FolderSearch {
  readonly #folder: Pick<ContentFolder, 'list' | 'summary'>
  #index: SearchIndex | null = null

  constructor(folder: Pick<ContentFolder, 'list' | 'summary'>) {
    this.#folder = folder
  }

  search(query: string, limit?: number): SearchResult {
    this.#index ??= SearchIndex.from(this.#folder.list())

    return this.#index.search(query, limit)
  }

  /** Re-indexes one entry after it was created, saved or deleted. */
  entryChanged(code: string): void {
    if (this.#index === null) return

    const summary = this.#folder.summary(code)
    if (summary === undefined) this.#index.remove(code)
    else this.#index.upsert(summary)
  }

  folderChanged(): void {
    this.#index?.syncWith(this.#folder.list())
  }
}
