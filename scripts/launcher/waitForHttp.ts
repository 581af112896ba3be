/** What `waitForHttp` asks with: `fetch` unless told otherwise (tests ask an https proxy with a self-signed certificate). */
type Probe = (url: string, init: { signal: AbortSignal }) => Promise<{ ok: boolean; status: number }>

/** Polls a URL until it answers 2xx, or fails with a clear message after the timeout. */
export async function waitForHttp(url: string, options: { timeoutMs: number; what: string; probe?: Probe }): Promise<void> {
  const probe = options.probe ?? fetch
  const deadline = Date.now() + options.timeoutMs
  let lastProblem = '无响应'
  while (Date.now() < deadline) {
    try {
      const response = await probe(url, { signal: AbortSignal.timeout(5_000) })
      if (response.ok) return
      lastProblem = `HTTP ${response.status}`
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${options.what}在 ${options.timeoutMs / 1000} 秒内没有就绪（${url}：${lastProblem}）`)
}
