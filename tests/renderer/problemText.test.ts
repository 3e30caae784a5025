import { describe, expect, it } from 'vitest'

import { describeProblemCounts } from '../../src/renderer/src/problems/problemText'
import type { Problem, Severity } from '../../src/shared/validation/problem'

function problem(severity: Severity, field = 'summary'): Problem {
  return { ruleId: 'test/rule', code: 'M1440', field, message: `${field}: test`, severity }
}

describe('describeProblemCounts', () => {
  it('says no problems for none', () => {
    expect(describeProblemCounts([])).toBe('no problems')
  })

  it('names one error once', () => {
    expect(describeProblemCounts([problem('error')])).toBe('1 error')
  })

  it('lists severities errors first', () => {
    const problems = [
      problem('info'),
      problem('warning'),
      problem('error'),
      problem('warning', 'title'),
    ]

    expect(describeProblemCounts(problems)).toBe('1 error, 2 warnings, 1 note')
  })
})
