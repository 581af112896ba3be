import { z } from 'zod'

const browserEnv = z.object({ CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium') })

/** Where the Chromium used by browser tests lives (`CHROMIUM_PATH`, else Debian's). */
export function chromiumPath(): string {
  return browserEnv.parse(process.env).CHROMIUM_PATH
}
