import { spawn } from 'node:child_process'
import { projectPaths } from '../../scripts/launcher/projectPaths'

/** What an `npm …` command printed and how it ended. */
export interface NpmResult {
  code: number | null
  stdout: string
  stderr: string
  /** stderr without npm's own lines (`npm error Lifecycle script … failed`): what the script itself said. */
  scriptErrors: string[]
}

/** Runs `npm <args>` in the repository as an operator would from a shell, and waits for it to end. */
export function runNpmScript(args: readonly string[], env: NodeJS.ProcessEnv): Promise<NpmResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', args, { cwd: projectPaths.root, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
    })
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const scriptErrors = stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm '))
      resolve({ code, stdout, stderr, scriptErrors })
    })
  })
}
