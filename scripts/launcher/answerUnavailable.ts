import type http from 'node:http'

/** Seconds a client is asked to wait before trying again while an app restarts. */
export const retryAfterSeconds = 5

const unavailablePage = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>服务暂不可用 · 学习园地</title>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;line-height:1.7">
<h1>服务暂不可用</h1><p>学习园地正在启动或重启，请稍候片刻后刷新页面。已记录的学习不会丢失。</p></body></html>`

const unavailableJson = JSON.stringify({
  code: 'SERVICE_RESTARTING',
  message: `学习园地的服务正在启动或重启，请在 ${retryAfterSeconds} 秒后重试。`,
})

/**
 * What the front proxy answers when the app behind a path cannot be reached (it is starting or being
 * restarted after a crash): 503 with `Retry-After`, JSON for the API (the tracker and scripts read it)
 * and a Chinese page for everything else.
 */
export function answerUnavailable(url: string, res: http.ServerResponse): void {
  const pathname = url.split(/[?#]/, 1)[0] ?? '/'
  const api = pathname === '/api' || pathname.startsWith('/api/')
  res.writeHead(503, {
    'content-type': api ? 'application/json; charset=utf-8' : 'text/html; charset=utf-8',
    'retry-after': String(retryAfterSeconds),
    'cache-control': 'no-store',
  })
  res.end(api ? unavailableJson : unavailablePage)
}
