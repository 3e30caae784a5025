import { describe, expect, it } from 'vitest'

import { makeEntry } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

describe('code/format', () => {
  it('accepts each code system format', () => {
    for (const code of ['M1440', '99213', '0001F', '0042T']) {
      expect(messagesOf('code/format', makeEntry(code))).toEqual([])
    }
  })

  it('rejects a code that fits no system', () => {
    const entry = makeEntry('ABCDE', { codeSystem: 'hcpcs-level-2' })

    expect(messagesOf('code/format', entry)).toEqual([
      "code: 'ABCDE' is not a CPT or HCPCS Level II code. Use five digits (99213), four digits and F or T (0001F, 0042T), or a letter and four digits (M1440).",
    ])
  })

  it('rejects a code system that disagrees with the code', () => {
    const entry = makeEntry('0001F', { codeSystem: 'cpt-category-3' })
    const [problem] = problemsOf('code/format', entry)

    expect(problem?.field).toBe('codeSystem')
    expect(problem?.message).toBe(
      "codeSystem: '0001F' is a CPT Category II code, not CPT Category III. Set the code system to cpt-category-2.",
    )
  })
})

describe('code/category', () => {
  it('accepts a category that covers the code', () => {
    expect(messagesOf('code/category', makeEntry('G2012', { category: 'hcpcs-g' }))).toEqual([])
  })

  it('names the fitting category when another is set', () => {
    const entry = makeEntry('G2012', { category: 'hcpcs-m' })

    expect(messagesOf('code/category', entry)).toEqual([
      "category: 'M Codes' does not cover code G2012. Use 'hcpcs-g' (G Codes).",
    ])
  })

  it('rejects a category missing from the taxonomy', () => {
    expect(messagesOf('code/category', makeEntry('M1440', { category: 'hcpcs-z' }))).toEqual([
      "category: 'hcpcs-z' is not in the taxonomy. Pick an existing category or add it to taxonomy.json.",
    ])
  })

  it('warns about an empty category', () => {
    const [problem] = problemsOf('code/category', makeEntry('M1440', { category: '' }))

    expect(problem?.severity).toBe('warning')
    expect(problem?.message).toBe(
      'category: entry M1440 has no category. Pick the category that covers M1440.',
    )
  })
})
