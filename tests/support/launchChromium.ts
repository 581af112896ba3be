import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'
import { chromiumPath } from './chromiumPath'

/** Starts headless Debian Chromium; fails loudly (never skips) when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath()
  if (!existsSync(executablePath)) {
    throw new Error(`找不到 Chromium（${executablePath}）：先运行 npm test（会自动安装），或 apt-get install -y chromium fonts-noto-cjk`)
  }
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
