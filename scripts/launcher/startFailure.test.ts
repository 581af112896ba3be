import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { explainStartFailure, StartFailure } from './startFailure'

const folders: string[] = []
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true })
})

async function dataDir(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'portal-failure-unit-'))
  folders.push(folder)
  return folder
}

describe('explainStartFailure', () => {
  it('keeps the advice of a failure the launcher foresaw', async () => {
    const failure = new StartFailure('invalid-env', '配置有误：PORT')
    expect(await explainStartFailure(failure, { dataDir: await dataDir() })).toBe(failure)
  })

  it('turns a full disk into advice to free space', async () => {
    const error = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', path: '/srv/portal/.data/x' })
    const failure = await explainStartFailure(error, { dataDir: await dataDir() })
    expect(failure.code).toBe('disk-full')
    expect(failure.message).toMatch(/磁盘空间不足.*\/srv\/portal\/\.data\/x.*清理磁盘/)
  })

  it('turns a taken port into advice naming PORT', async () => {
    const error = Object.assign(new Error('listen EADDRINUSE'), { code: 'EADDRINUSE' })
    const failure = await explainStartFailure(error, { dataDir: await dataDir(), port: 3000 })
    expect(failure.message).toMatch(/端口 3000 已被占用.*PORT=/)
  })

  it('writes an unforeseen error with its stack to a file the one line names', async () => {
    const folder = await dataDir()
    const failure = await explainStartFailure(new TypeError('boom\nsecond line'), { dataDir: folder })
    const file = path.join(folder, 'logs/start-failure.log')
    expect(failure.code).toBe('unexpected')
    expect(failure.message).not.toContain('\n')
    expect(failure.message).toContain(`启动失败：boom。详细信息已写入 ${file}`)
    expect(await readFile(file, 'utf8')).toMatch(/TypeError: boom\nsecond line\n\s+at /)
  })
})
