import { useVirtualizer } from '@tanstack/react-virtual'
import { type KeyboardEvent, useCallback, useEffect, useRef } from 'react'

import type { EntrySummary } from '../../../shared/api/types'
import { EntryRow } from './EntryRow'

const ROW_HEIGHT = 48

interface VirtualEntryListProps {
  rows: readonly EntrySummary[]
  openCode: string | null
  /** Whether problem counts may still change because the service is validating the folder. */
  countsPending: boolean
  /** The row arrow keys move from, or -1 for none yet, in which case Arrow Down goes to the first. */
  activeIndex: number
  onActiveIndexChange: (index: number) => void
  onOpen: (code: string) => void
  listRef: React.RefObject<HTMLDivElement | null>
}

/**
 * Renders the entry list as an ARIA listbox that contains only the rows in view, so the cost of
 * scrolling does not grow with the number of entries. Arrow keys, Page Up/Down, Home and End move
 * the active row, and Enter opens it.
 */
export function VirtualEntryList(props: VirtualEntryListProps) {
  const { rows, openCode, countsPending, activeIndex, onActiveIndexChange, onOpen, listRef } = props
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })

  const openRow = useCallback(
    (index: number, code: string) => {
      onActiveIndexChange(index)
      onOpen(code)
    },
    [onActiveIndexChange, onOpen],
  )

  useEffect(() => {
    if (activeIndex >= 0 && activeIndex < rows.length) virtualizer.scrollToIndex(activeIndex)
  }, [activeIndex, rows.length, virtualizer])

  const onKeyDown = (event: KeyboardEvent) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 480) / ROW_HEIGHT) - 1)
    const last = rows.length - 1
    const moves: Record<string, number> = {
      ArrowDown: Math.min(last, activeIndex + 1),
      ArrowUp: Math.max(0, activeIndex - 1),
      PageDown: Math.min(last, activeIndex + page),
      PageUp: Math.max(0, activeIndex - page),
      Home: 0,
      End: last,
    }
    const next = moves[event.key]
    if (next !== undefined && rows.length > 0) {
      event.preventDefault()
      onActiveIndexChange(next)
      return
    }

    const active = rows[activeIndex]
    if ((event.key === 'Enter' || event.key === ' ') && active !== undefined) {
      event.preventDefault()
      onOpen(active.code)
    }
  }

  const active = rows[activeIndex]

  return (
    <div ref={scrollRef} className="entry-list-scroll">
      <div
        ref={listRef}
        role="listbox"
        tabIndex={0}
        aria-label={`Entries, ${rows.length} shown`}
        aria-activedescendant={active === undefined ? undefined : `entry-option-${active.code}`}
        className="entry-list"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const summary = rows[item.index] as EntrySummary
          return (
            <EntryRow
              key={summary.code}
              summary={summary}
              index={item.index}
              active={item.index === activeIndex}
              open={summary.code === openCode}
              countsPending={countsPending}
              top={item.start}
              height={item.size}
              onOpen={openRow}
            />
          )
        })}
      </div>
    </div>
  )
}
