import { execFile } from 'node:child_process'
import { projectPaths } from './projectPaths'

/** The checked-out commit (for `xuexi_build_info`), or `unknown` outside a git checkout or without git. */
export function gitCommit(): Promise<string> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: projectPaths.root, timeout: 5000 }, (error, stdout) => {
      resolve(error ? 'unknown' : stdout.trim() || 'unknown')
    })
  })
}
