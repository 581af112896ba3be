import { z } from 'zod'

const envSchema = z.object({
  CMS_URL: z
    .url({
      error: (issue) =>
        issue.input === undefined
          ? 'CMS_URL 未设置：门户需要知道 CMS 的内部地址，例如 http://127.0.0.1:3001'
          : 'CMS_URL 必须是 http(s):// 开头的地址',
    })
    .transform((url) => url.replace(/\/+$/, '')),
  // The CMS's search server (the launcher's front proxy routes /api/search* there); defaults to CMS_URL.
  CMS_SEARCH_URL: z
    .url('CMS_SEARCH_URL 必须是 http(s):// 开头的地址')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  // The CMS's tracking server, where the portal confirms sessions with one SQL statement
  // (lib/session/confirmedSession); unset: Payload's /api/users/me on CMS_URL.
  CMS_TRACKING_URL: z
    .url('CMS_TRACKING_URL 必须是 http(s):// 开头的地址')
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  // The CMS's config secret: the portal verifies session tokens with the key Payload derives from it, and
  // signs its class reads (lib/session/readerClass). The launcher passes the CMS's own.
  PAYLOAD_SECRET: z
    .string({ error: 'PAYLOAD_SECRET 未设置：门户需要与 CMS 相同的密钥来验证登录会话' })
    .min(32, 'PAYLOAD_SECRET 至少需要 32 个字符'),
  CMS_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  // Safety net only: the portal follows PostgreSQL's change notices (lib/changes) and drops its caches on a change.
  CMS_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
  // The git commit shown in xuexi_build_info (the launcher sets it from the checkout).
  PORTAL_GIT_COMMIT: z.string().max(64).default('unknown'),
  // The CMS's PostgreSQL, for its change notices only (the portal reads content through the CMS).
  // The launcher sets it; unset: cached pages and CMS reads expire after CMS_CACHE_SECONDS only.
  DATABASE_URL: z.url('DATABASE_URL 必须是 postgres://… 形式的连接串').optional(),
  // The address readers use: every absolute link (canonical, feeds, sitemap, QR codes on posters) is
  // built from it, never from the request's Host header. The launcher sets it.
  PORTAL_PUBLIC_URL: z
    .url('PORTAL_PUBLIC_URL 必须是 http(s):// 开头的地址')
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  // `json`: one JSON object per line (time, level, process, msg, requestId) for a log collector; `text`: lines for people.
  PORTAL_LOG_FORMAT: z.enum(['text', 'json'], 'PORTAL_LOG_FORMAT 只能是 text 或 json').default('text'),
})

/** The portal's settings, read from the process environment at run time (never inlined at build). */
export type SiteEnv = z.infer<typeof envSchema>

function readEnv(): SiteEnv {
  const parsed = envSchema.safeParse(process.env)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`门户配置有误（环境变量）：\n${problems.join('\n')}`)
}

/** Validated once, when the server first needs it. */
export const env: SiteEnv = readEnv()
