import { describe, expect, it } from 'vitest'

import type { RvuData, RvuValues } from '../../src/shared/model/rvu'
import { makeEntry, measurementRvuValues } from '../helpers/entryFactory'
import { messagesOf, problemsOf } from './validationHarness'

const values: RvuValues = measurementRvuValues()

function rvu(release: string): RvuData {
  return {
    release,
    sourceFile: `PPRRVU-${release}.csv`,
    importedAt: '2026-01-05T10:00:00.000Z',
    global: values,
    professional: null,
    technical: null,
  }
}

describe('rvu/missing', () => {
  it('accepts an entry with RVU data that the fee schedule lists', () => {
    const entry = makeEntry('M1440', { rvu: rvu('RVU26A') })

    expect(messagesOf('rvu/missing', entry, { feeScheduleCodes: ['M1440'] })).toEqual([])
  })

  it('checks nothing before a fee schedule was imported', () => {
    expect(messagesOf('rvu/missing', makeEntry('M1440'))).toEqual([])
  })

  it('rejects a listed code without RVU data', () => {
    const [problem] = problemsOf('rvu/missing', makeEntry('M1440'), {
      feeScheduleCodes: ['M1440'],
      feeScheduleRelease: 'RVU26A',
    })

    expect(problem?.severity).toBe('error')
    expect(problem?.message).toBe(
      'rvu: M1440 is listed in fee schedule RVU26A but has no RVU data. Import the fee schedule file again to fill it in.',
    )
  })
})

describe('rvu/not-listed', () => {
  it('accepts a listed code', () => {
    expect(
      messagesOf('rvu/not-listed', makeEntry('M1440'), { feeScheduleCodes: ['M1440'] }),
    ).toEqual([])
  })

  it('warns about a code the fee schedule does not list', () => {
    const entry = makeEntry('M1440', { rvu: rvu('RVU25D') })
    const [problem] = problemsOf('rvu/not-listed', entry, {
      feeScheduleCodes: ['G2012'],
      feeScheduleRelease: 'RVU26A',
    })

    expect(problem?.severity).toBe('warning')
    expect(problem?.message).toBe(
      "rvu: M1440 is not listed in fee schedule RVU26A. Its RVU data from RVU25D is out of date: check the code, and import CMS's complete file with --remove-unlisted (in the app, the checkbox to remove unlisted RVU data) to remove it.",
    )
  })
})

describe('rvu/release', () => {
  const others = [
    makeEntry('G2012', { category: 'hcpcs-g', rvu: rvu('RVU26A') }),
    makeEntry('G2010', { category: 'hcpcs-g', rvu: rvu('RVU26A') }),
  ]

  it('accepts the release most entries have', () => {
    expect(
      messagesOf('rvu/release', makeEntry('M1440', { rvu: rvu('RVU26A') }), { others }),
    ).toEqual([])
  })

  it('rejects a release other entries do not have', () => {
    const [problem] = problemsOf('rvu/release', makeEntry('M1440', { rvu: rvu('RVU25D') }), {
      others,
    })

    expect(problem?.field).toBe('rvu.release')
    expect(problem?.severity).toBe('error')
    expect(problem?.message).toBe(
      'rvu.release: M1440 has RVU data from RVU25D, but RVU26A is the release of 2 other entries. Import RVU26A again so every page shows one release.',
    )
  })

  it("prefers the imported fee schedule's release to the majority", () => {
    const problems = messagesOf('rvu/release', makeEntry('M1440', { rvu: rvu('RVU26A') }), {
      others,
      feeScheduleCodes: ['M1440'],
      feeScheduleRelease: 'RVU26B',
    })

    expect(problems).toEqual([
      "rvu.release: M1440 has RVU data from RVU26A, but RVU26B is the imported fee schedule's release. Import RVU26B again so every page shows one release.",
    ])
  })

  it('takes the later release on a tie', () => {
    const tied = [makeEntry('G2012', { category: 'hcpcs-g', rvu: rvu('RVU25D') })]

    expect(
      messagesOf('rvu/release', makeEntry('M1440', { rvu: rvu('RVU26A') }), { others: tied }),
    ).toEqual([])
    expect(
      messagesOf('rvu/release', tied[0] as ReturnType<typeof makeEntry>, {
        others: [makeEntry('M1440', { rvu: rvu('RVU26A') })],
      }),
    ).toHaveLength(1)
  })
})
