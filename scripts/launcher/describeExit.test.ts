import { describe, expect, it } from 'vitest'
import { describeExit } from './describeExit'

describe('describeExit', () => {
  it('names the signal and what it usually means', () => {
    expect(describeExit(null, 'SIGKILL')).toBe('被信号 SIGKILL 终止（可能是内存不足或被手动结束）')
    expect(describeExit(null, 'SIGSEGV')).toContain('崩溃')
    expect(describeExit(null, 'SIGUSR2')).toBe('被信号 SIGUSR2 终止（由系统或其他程序发出）')
  })

  it('says an exit code and points at the log above', () => {
    expect(describeExit(1, null)).toBe('以退出码 1 退出（程序出错，原因见上方日志）')
    expect(describeExit(0, null)).toBe('自行退出（退出码 0）')
  })
})
