import { describe, expect, it } from 'vitest'

import { sanitizePageHtml } from '../../src/shared/page/sanitizePageHtml'

describe('sanitizePageHtml', () => {
  it('removes script elements with their text', () => {
    expect(sanitizePageHtml('<p>a<script>alert(1)</script>b</p>')).toBe('<p>ab</p>')
  })

  it('removes event handler attributes', () => {
    const html = sanitizePageHtml('<p onclick="alert(1)">a<img src=x onerror="alert(1)"></p>')

    expect(html).toBe('<p>a</p>')
  })

  it('removes svg with its content', () => {
    const html = sanitizePageHtml('<p>a<svg onload="alert(1)"><text>inner</text></svg></p>')

    expect(html).toBe('<p>a</p>')
  })

  it.each([
    ['javascript:', '<a href="javascript:alert(1)">x</a>'],
    ['a tab character reference', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
    ['a raw tab', '<a href="jav\tascript:alert(1)">x</a>'],
    ['data:', '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>'],
    ['a protocol-relative URL', '<a href="//evil.example">x</a>'],
  ])('drops the href of a link with %s', (_case, input) => {
    const html = sanitizePageHtml(input)

    expect(html).not.toContain('href')
    expect(html).toContain('rel="noopener noreferrer"')
  })

  it('replaces a rel value with noopener noreferrer', () => {
    const html = sanitizePageHtml(
      '<a href="https://example.org" rel="opener" target="_blank">x</a>',
    )

    expect(html).toBe('<a href="https://example.org" rel="noopener noreferrer">x</a>')
  })

  it('drops style and class attributes', () => {
    expect(sanitizePageHtml('<p style="color:red" class="x">a</p>')).toBe('<p>a</p>')
  })
})
