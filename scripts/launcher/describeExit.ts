// What a signal usually means for a server that did not ask to stop, in the operator's words.
const signalMeanings: Record<string, string> = {
  SIGKILL: '可能是内存不足或被手动结束',
  SIGTERM: '有程序要求它退出',
  SIGINT: '被中断',
  SIGHUP: '终端或会话已关闭',
  SIGSEGV: '内存访问错误，程序崩溃',
  SIGABRT: '程序异常中止，常见于内存不足',
  SIGBUS: '内存访问错误，程序崩溃',
  SIGILL: '执行了非法指令，程序崩溃',
  SIGFPE: '算术错误，程序崩溃',
}

/** How a process ended, said in words: `被信号 SIGKILL 终止（可能是内存不足或被手动结束）`, `以退出码 1 退出（…）`. */
export function describeExit(code: number | null, signal: NodeJS.Signals | null): string {
  if (signal) return `被信号 ${signal} 终止（${signalMeanings[signal] ?? '由系统或其他程序发出'}）`
  if (code === 0) return '自行退出（退出码 0）'
  return `以退出码 ${code ?? '未知'} 退出（程序出错，原因见上方日志）`
}
