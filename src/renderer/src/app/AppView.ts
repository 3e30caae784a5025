import type { ReactNode } from 'react'

/** One screen of the app, reached from the navigation bar. */
export interface AppView {
  id: string
  label: string
  render: () => ReactNode
}
