import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromiumPath } from '../tests/support/chromiumPath'
import { nginxBinary } from '../tests/support/nginxFront'

// Part of `npm test`: the browser suite needs Debian's Chromium and CJK fonts, the TLS test
// Debian's nginx. Install them when we can (root with apt-get), otherwise stop with a clear
// message; never skip those tests.
const cjkFont = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'
const browser = chromiumPath()

if (existsSync(browser) && existsSync(cjkFont) && existsSync(nginxBinary)) process.exit(0)

const isRoot = process.getuid?.() === 0
if (!isRoot || !existsSync('/usr/bin/apt-get')) {
  console.error(
    `浏览器测试需要 Chromium（${browser}）和中文字体 fonts-noto-cjk，TLS 测试需要 nginx（${nginxBinary}）。\n` +
      '请以 root 运行：apt-get install -y chromium fonts-noto-cjk nginx，或用 CHROMIUM_PATH 指向已安装的 Chromium。',
  )
  process.exit(1)
}
console.log('正在安装测试所需的 chromium、fonts-noto-cjk 和 nginx（apt-get）…')
const aptEnv = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: aptEnv })
execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk', 'nginx'], { stdio: 'inherit', env: aptEnv })
