import { join, resolve } from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolveStaticPath } from '../../src/server/serveStaticFile'

const root = resolve('/srv/renderer')

describe('resolveStaticPath', () => {
  it('maps the root to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(join(root, 'index.html'))
  })

  it('maps a path inside the root', () => {
    expect(resolveStaticPath(root, '/assets/index-abc.js')).toBe(
      join(root, 'assets', 'index-abc.js'),
    )
  })

  it('rejects paths that leave the root', () => {
    const paths = [
      '/../secret',
      '/assets/../../secret',
      '/%2e%2e/secret',
      '/assets/%2E%2E/%2E%2E/secret',
      '/..%2fsecret',
      '/..%5csecret',
      '/a\\..\\..\\secret',
      '/./index.html',
      '/index.html%00.js',
      '/%E0%A4%A',
    ]
    for (const path of paths) {
      expect(resolveStaticPath(root, path), path).toBeNull()
    }
  })
})
