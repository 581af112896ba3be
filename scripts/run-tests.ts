import { spawn } from 'node:child_process'
import path from 'node:path'
import { createInterface } from 'node:readline'
import { projectPaths } from './launcher/projectPaths'

// The last step of `npm test`: the vitest suites in two processes side by side. Each suite but unit runs one file
// at a time (they share a stack or a database), and on two cores one such line leaves a core idle while it waits
// on its apps: the suites that start their own apps run beside the shared stacks' suites (vitest.config.ts).
// Arguments after `npm test --` go to both (a file filter; a half it leaves empty passes).
const halves = [
  { mark: '①', projects: ['unit', 'integration', 'launches'] },
  { mark: '②', projects: ['stack', 'security'] },
]
const vitest = path.join(projectPaths.root, 'node_modules/vitest/vitest.mjs')
const extra = process.argv.slice(2)

console.log(`两组测试并行：${halves.map(({ mark, projects }) => `${mark} ${projects.join('、')}`).join('；')}`)
const started = performance.now()
const seconds = (since: number) => Math.round((performance.now() - since) / 1000)

const runs = halves.map(
  ({ mark, projects }) =>
    new Promise<{ mark: string; code: number; seconds: number }>((resolve) => {
      const args = [vitest, 'run', ...projects.flatMap((project) => ['--project', project]), ...extra]
      if (extra.length > 0) args.push('--passWithNoTests')
      const child = spawn(process.execPath, args, { cwd: projectPaths.root, stdio: ['ignore', 'pipe', 'pipe'] })
      for (const [input, output] of [
        [child.stdout, process.stdout],
        [child.stderr, process.stderr],
      ] as const)
        createInterface({ input }).on('line', (line) => output.write(`${mark}│ ${line}\n`))
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
      child.on('exit', (code, signal) => resolve({ mark, code: code ?? (signal ? 1 : 0), seconds: seconds(started) }))
    }),
)
const results = await Promise.all(runs)
const failed = results.filter(({ code }) => code !== 0)
console.log(
  `测试用时 ${seconds(started)} 秒（${results.map(({ mark, seconds }) => `${mark} ${seconds} 秒`).join('，')}）` +
    (failed.length > 0 ? `；${failed.map(({ mark }) => mark).join('、')} 未通过` : '；全部通过'),
)
process.exit(failed.length > 0 ? 1 : 0)
