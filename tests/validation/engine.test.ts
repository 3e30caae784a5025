import { describe, expect, it } from 'vitest'

import { RULE_IDS, RULES } from '../../src/shared/validation/rules'
import { validateEntry } from '../../src/shared/validation/validateEntry'
import { makeEntry } from '../helpers/entryFactory'
import { makeContext, messagesOf, problemsOf } from './validationHarness'

describe('validateEntry', () => {
  it('finds no problem in a complete entry', () => {
    const entry = makeEntry('M1440', {
      workflow: { ...makeEntry('M1440').workflow, status: 'in-review' },
    })

    expect(validateEntry(entry, makeContext(entry))).toEqual([])
  })

  it('fills in rule id, code, field and severity', () => {
    const entry = makeEntry('M1440', { title: 'A title much longer than the CMS limit allows' })
    const [problem] = problemsOf('length/title', entry)

    expect(problem).toEqual({
      ruleId: 'length/title',
      code: 'M1440',
      field: 'title',
      message:
        "title: 'A title much longer than the CMS limit allows' has 45 characters, more than the maximum of 28. Shorten it to at most 28.",
      severity: 'error',
    })
  })

  it('skips a rule set to off in workspace.json', () => {
    const entry = makeEntry('M1440', { title: 'A title much longer than the CMS limit allows' })

    expect(
      problemsOf('length/title', entry, { workspace: { rules: { 'length/title': 'off' } } }),
    ).toEqual([])
  })

  it('overrides the severity a rule reports', () => {
    const entry = makeEntry('M1440', { title: 'A title much longer than the CMS limit allows' })
    const problems = problemsOf('length/title', entry, {
      workspace: { rules: { 'length/title': 'info' } },
    })

    expect(problems.map((problem) => problem.severity)).toEqual(['info'])
  })

  it('starts every message with its field', () => {
    const entry = makeEntry('M1440', {
      title: '',
      synonyms: ['', 'x', 'X'],
      faqs: [{ id: 'faq-one', question: 'no mark', answer: { type: 'doc', content: [] } }],
      workflow: { ...makeEntry('M1440').workflow, status: 'in-review' },
    })
    const problems = validateEntry(entry, makeContext(entry))

    expect(problems.length).toBeGreaterThan(4)
    for (const problem of problems)
      expect(problem.message.startsWith(`${problem.field}: `)).toBe(true)
  })

  it('gives every rule a unique id', () => {
    expect(RULE_IDS.size).toBe(RULES.length)
  })

  it('reads thresholds from the workspace', () => {
    const entry = makeEntry('M1440', { title: 'Twelve chars' })

    expect(
      messagesOf('length/title', entry, { workspace: { validation: { titleMaxLength: 10 } } }),
    ).toEqual([
      "title: 'Twelve chars' has 12 characters, more than the maximum of 10. Shorten it to at most 10.",
    ])
  })
})
