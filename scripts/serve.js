#!/usr/bin/env node
// Browser mode: `npm run serve -- [--content DIR] [--port N]`. Runs the TypeScript server through
// tsx, like bin/codedesk.js does for the CLI.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { register } from 'tsx/esm/api'

register()
const { runServe } = await import('../src/server/runServe.ts')
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const exitCode = await runServe(process.argv.slice(2), join(repoRoot, 'content'))
if (exitCode !== 0) process.exitCode = exitCode
