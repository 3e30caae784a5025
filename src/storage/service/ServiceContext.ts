import type { ExportWorkers } from '../export/exportWorkers'
import type { ContentFolder } from '../folder/ContentFolder'
import type { Logger } from '../logger'
import type { ProfileStore } from '../profile/ProfileStore'
import type { FolderSearch } from '../search/FolderSearch'
import type { FolderValidator } from '../validation/FolderValidator'

/** The shared state every group of ContentApi methods works with. */
export interface ServiceContext {
  folder: ContentFolder
  profiles: ProfileStore
  validator: FolderValidator
  /** Writers call `entryChanged` or `folderChanged` after a write, so search stays current. */
  search: FolderSearch
  /** Worker threads for export; left out, export finds the TypeScript source when it is there. */
  exportWorkers?: ExportWorkers | null
  log: Logger
  /** The name recorded as author or reviewer: the profile's, else the OS user's. */
  actor(): Promise<string>
}
