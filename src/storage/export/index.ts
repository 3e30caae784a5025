export { exportBundle } from './exportBundle'
export type { ExportOptions, ExportPhase, ExportProgress } from './ExportOptions'
