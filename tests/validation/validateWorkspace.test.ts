import { describe, expect, it } from 'vitest'

import { workspaceSchema } from '../../src/shared/model/workspace'
import { validateWorkspace } from '../../src/shared/validation/validateWorkspace'

describe('validateWorkspace', () => {
  it('accepts known rule ids', () => {
    const workspace = workspaceSchema.parse({
      rules: { 'synonyms/shared': 'off', 'length/summary': 'error' },
    })

    expect(validateWorkspace(workspace)).toEqual([])
  })

  it('reports an unknown id and suggests the closest one', () => {
    const workspace = workspaceSchema.parse({ rules: { 'synonym/shared': 'off' } })

    expect(validateWorkspace(workspace)).toEqual([
      {
        ruleId: 'workspace/unknown-rule',
        code: 'workspace',
        field: 'rules.synonym/shared',
        message:
          "rules.synonym/shared: workspace.json sets 'synonym/shared', which is not a validation rule, so the setting has no effect. Did you mean 'synonyms/shared'? Fix the id or remove the setting.",
        severity: 'warning',
      },
    ])
  })

  it('points to the rule list when no id is close', () => {
    const [problem] = validateWorkspace(workspaceSchema.parse({ rules: { spelling: 'error' } }))

    expect(problem?.message).toBe(
      "rules.spelling: workspace.json sets 'spelling', which is not a validation rule, so the setting has no effect. Use a rule id listed in docs/validation.md, or remove the setting.",
    )
  })

  it('follows the setting of workspace/unknown-rule itself', () => {
    const silenced = workspaceSchema.parse({
      rules: { spelling: 'error', 'workspace/unknown-rule': 'off' },
    })
    const raised = workspaceSchema.parse({
      rules: { spelling: 'error', 'workspace/unknown-rule': 'error' },
    })

    expect(validateWorkspace(silenced)).toEqual([])
    expect(validateWorkspace(raised).map((problem) => problem.severity)).toEqual(['error'])
  })
})
