import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from '../tests/support/chromiumPath'

// Part of `npm test`: the browser suite needs Debian's Chromium and CJK fonts. Install them when
// we can (root with apt-get), otherwise stop with a clear message; never skip the browser tests.
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
const browser = chromiumPath()

if (existsSync(browser) && existsSync(cjkFont)) process.exit(0)

const isRoot = process.getuid?.() === 0
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `浏览器测试需要 Chromium（${browser}）和中文字体 fonts-noto-cjk。\n` +
      '请以 root 运行：apt-get install -y chromium fonts-noto-cjk，或用 CHROMIUM_PATH 指向已安装的 Chromium。',
  )
  process.exit(1)
}
console.log('正在安装浏览器测试所需的 chromium 和 fonts-noto-cjk（apt-get）…')
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv })
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env: aptEnv })
