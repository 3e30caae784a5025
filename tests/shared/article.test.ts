import { describe, expect, it } from 'vitest'

import { indefiniteArticle } from '../../src/shared/codes/article'

describe('indefiniteArticle', () => {
  it.each([
    ['HCPCS code', 'an'],
    ['M code', 'an'],
    ['M1440', 'an'],
    ['CPT code', 'a'],
    ['G code', 'a'],
    ['J0129', 'a'],
    ['F code', 'an'],
    ['99213', 'a'],
    ['0042T', 'a'],
    ['8 digit', 'an'],
    ['11 minute', 'an'],
    ['18000', 'an'],
    ['110000', 'a'],
    ['MIPS measure', 'a'],
    ['office visit', 'an'],
    ['telehealth visit', 'a'],
  ])('chooses the article for %s', (word, expected) => {
    expect(indefiniteArticle(word)).toBe(expected)
  })
})
