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

  it('reports both items of a swap as moved', () => {
    const changes = diffList(['a', 'b', 'c'], ['b', 'a', 'c'], byValue)

    expect(changes.map(summarize)).toEqual(['=b moved', '=a moved', '=c'])
    expect(changes[0]).toMatchObject({ oldIndex: 1, newIndex: 0 })
    expect(changes[1]).toMatchObject({ oldIndex: 0, newIndex: 1 })
  })

  it('reports a swap across a kept item', () => {
    const changes = diffList(['a', 'b', 'c'], ['c', 'b', 'a'], byValue)

    expect(changes.map(summarize)).toEqual(['=c moved', '=b', '=a moved'])
  })

  it('reports two swaps at once', () => {
    const changes = diffList(['a', 'b', 'c', 'd'], ['b', 'a', 'd', 'c'], byValue)

    expect(changes.map(summarize)).toEqual(['=b moved', '=a moved', '=d moved', '=c moved'])
  })

  it('finds a swap beside added and removed items', () => {
    const changes = diffList(['a', 'gone', 'b'], ['b', 'new', 'a'], byValue)

    expect(changes.filter((change) => change.kind === 'kept').map(summarize)).toEqual([
      '=b moved',
      '=a moved',
    ])
  })

  it('reports only the moved item of a rotation', () => {
    const changes = diffList(['a', 'b', 'c'], ['c', 'a', 'b'], byValue)

    expect(changes.map(summarize)).toEqual(['=c moved', '=a', '=b'])
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
