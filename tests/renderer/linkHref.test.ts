import { describe, expect, it } from 'vitest'

import { isAllowedLinkHref, parseLinkHref } from '../../src/renderer/src/editor/linkHref'

describe('parseLinkHref', () => {
  it.each([
    ['https://www.cms.gov/telehealth', 'https://www.cms.gov/telehealth'],
    ['HTTPS://www.cms.gov/', 'https://www.cms.gov/'],
    ['  http://example.org/a?b=1  ', 'http://example.org/a?b=1'],
    ['mailto:codes@example.org', 'mailto:codes@example.org'],
    ['www.cms.gov/medicare', 'https://www.cms.gov/medicare'],
    ['codes@example.org', 'mailto:codes@example.org'],
  ])('accepts %s', (input, href) => {
    expect(parseLinkHref(input)).toEqual({ ok: true, href })
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'ftp://example.org/file',
    'vbscript:msgbox',
    '/relative/path',
    'https://exa mple.org',
  ])('rejects %s with a message', (input) => {
    const result = parseLinkHref(input)

    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.message).toContain('http, https or mailto')
  })

  it('rejects an empty link', () => {
    expect(parseLinkHref('  ')).toEqual({
      ok: false,
      message: 'Link is empty: type an http, https or mailto address.',
    })
  })
})

describe('isAllowedLinkHref', () => {
  it('allows only http, https and mailto', () => {
    expect(isAllowedLinkHref('https://www.cms.gov')).toBe(true)
    expect(isAllowedLinkHref('mailto:a@example.org')).toBe(true)
    expect(isAllowedLinkHref('javascript:alert(1)')).toBe(false)
    expect(isAllowedLinkHref('#_ftn1')).toBe(false)
  })
})
