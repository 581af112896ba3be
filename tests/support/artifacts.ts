import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { projectPaths } from '../../scripts/launcher/projectPaths'

/** Folder for screenshots and logs a test run leaves behind (`test-artifacts/`, git-ignored). */
export function artifactPath(name: string): string {
  const folder = path.join(projectPaths.root, 'test-artifacts')
  mkdirSync(folder, { recursive: true })
  return path.join(folder, name)
}
