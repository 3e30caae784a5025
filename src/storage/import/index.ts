export { importBundle } from './bundle/importBundle'
export { importHcpcsFile } from './hcpcs/importHcpcsFile'
export type { ImportOptions, ImportPhase, ImportProgress } from './ImportOptions'
export { importRvuFile, type RvuImportOptions } from './rvu/importRvuFile'
