import { describe, expect, it } from 'vitest'

import { readContentArgument } from '../../src/main/readContentArgument'

describe('readContentArgument', () => {
  it('reads both option forms', () => {
    expect(readContentArgument(['electron', '.', '--content', '/data/codes'])).toBe('/data/codes')
    expect(readContentArgument(['electron', '.', '--content=/data/codes'])).toBe('/data/codes')
  })

  it('returns null without a value', () => {
    expect(readContentArgument(['electron', '.'])).toBeNull()
    expect(readContentArgument(['electron', '.', '--content'])).toBeNull()
    expect(readContentArgument(['electron', '.', '--content='])).toBeNull()
  })
})
