import { describe, expect, it } from 'vitest'

import { diffList, listChanged, type ListItemChange } from '../../src/shared/diff/diffList'

const byValue = {
  key: (item: string) => item.toLowerCase(),
  equals: (a: string, b: string) => a === b,
}

function summarize(change: ListItemChange<string>): string {
  if (change.kind === 'added') return `+${change.new}`
  if (change.kind === 'removed') return `-${change.old}`

  const flags = `${change.moved ? ' moved' : ''}${change.edited ? ' edited' : ''}`
  return `=${change.new}${flags}`
}

describe('diffList', () => {
  it('reports added and removed items in place', () => {
    const changes = diffList(
      ['telehealth visit', 'video visit'],
      ['telehealth visit', 'phone visit'],
      byValue,
    )

    expect(changes.map(summarize)).toEqual(['=telehealth visit', '-video visit', '+phone visit'])
    expect(listChanged(changes)).toBe(true)
  })

  it('reports the fewest moved items', () => {
    const changes = diffList(['a', 'b', 'c', 'd'], ['b', 'c', 'd', 'a'], byValue)

    expect(changes.map(summarize)).toEqual(['=b', '=c', '=d', '=a moved'])
  })

  it('reports an edit of the same item', () => {
    const changes = diffList(['Virtual visit', 'e-visit'], ['virtual visit', 'e-visit'], byValue)

    expect(changes.map(summarize)).toEqual(['=virtual visit edited', '=e-visit'])
    expect(changes[0]).toMatchObject({ old: 'Virtual visit', oldIndex: 0, newIndex: 0 })
  })

  it('reports a moved and edited item', () => {
    const changes = diffList(['One', 'two', 'three'], ['two', 'three', 'one'], byValue)

    expect(changes.map(summarize)).toEqual(['=two', '=three', '=one moved edited'])
  })

  it('diffs lists with repeated items', () => {
    const changes = diffList(['x', 'y', 'x'], ['x', 'y'], byValue)

    expect(changes.map(summarize)).toEqual(['=x', '=y', '-x'])
  })

  it('finds nothing in equal lists', () => {
    expect(listChanged(diffList(['a', 'b'], ['a', 'b'], byValue))).toBe(false)
  })
})
