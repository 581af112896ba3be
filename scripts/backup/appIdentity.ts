import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { projectPaths } from '../launcher/projectPaths'

/** The portal's version (package.json) and git commit, when it runs from a git checkout. */
export function appIdentity(): { version: string; commit?: string } {
  const { version } = JSON.parse(readFileSync(path.join(projectPaths.root, 'package.json'), 'utf8')) as { version: string }
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], {
      cwd: projectPaths.root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
    return { version, commit: commit.trim() }
  } catch {
    return { version }
  }
}
