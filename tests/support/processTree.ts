import { execFileSync } from 'node:child_process'

/** Every process below `root` (children, their children…), from the process table, parents first. */
export function descendants(root: number): Array<{ pid: number; command: string }> {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(.*)$/))
    .filter((match) => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), command: match[3] as string }))
  const found: Array<{ pid: number; command: string }> = []
  const walk = (parent: number) => {
    for (const row of table.filter((candidate) => candidate.ppid === parent)) {
      found.push({ pid: row.pid, command: row.command })
      walk(row.pid)
    }
  }
  walk(root)
  return found
}
