import { z } from 'zod'
import { StartFailure } from './startFailure'

const launcherEnvSchema = z.object({
  PORT: z.coerce
    .number('PORT 必须是 1–65535 之间的端口号')
    .int('PORT 必须是整数')
    .min(1, 'PORT 必须是 1–65535 之间的端口号')
    .max(65535, 'PORT 必须是 1–65535 之间的端口号')
    .default(3000),
  DATABASE_URL: z.url('DATABASE_URL 必须是 postgres://… 形式的连接串').optional(),
  PORTAL_DATA_DIR: z.string().min(1).default('.data'),
  PORTAL_DB_PORT: z.coerce
    .number('PORTAL_DB_PORT 必须是 1–65535 之间的端口号')
    .int('PORTAL_DB_PORT 必须是整数')
    .min(1, 'PORTAL_DB_PORT 必须是 1–65535 之间的端口号')
    .max(65535, 'PORTAL_DB_PORT 必须是 1–65535 之间的端口号')
    .optional(),
  ADMIN_EMAIL: z.email('ADMIN_EMAIL 不是有效的邮箱地址').optional(),
  ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD 至少需要 8 个字符').optional(),
  PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET 至少需要 32 个字符').optional(),
  SAMPLE_MEMBER_PASSWORD: z.string().min(8, 'SAMPLE_MEMBER_PASSWORD 至少需要 8 个字符').optional(),
  // `json`: one JSON object per line from the launcher and both apps (for a log collector); `text`: lines for people.
  PORTAL_LOG_FORMAT: z.enum(['text', 'json'], 'PORTAL_LOG_FORMAT 只能是 text 或 json').default('text'),
  // Proxies whose X-Forwarded-For and X-Request-Id are believed (read again by the CMS; see cms/src/env.ts).
  PORTAL_TRUSTED_PROXIES: z.string().optional(),
  // Media in an S3 bucket (validated in full by the CMS, cms/src/env.ts): backups leave them to the bucket's own backup.
  S3_BUCKET: z.string().optional(),
  S3_ENDPOINT: z.string().optional(),
})

/** The launcher's settings (see .env.example), validated once. */
export type LauncherEnv = z.infer<typeof launcherEnvSchema>

/** Validates the launcher's environment, listing every problem at once. */
export function readLauncherEnv(source: NodeJS.ProcessEnv = process.env): LauncherEnv {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const parsed = launcherEnvSchema.safeParse(blankless)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}：${issue.message}`)
  throw new StartFailure('invalid-env', `配置有误（环境变量或 .env）：${problems.join('；')}。请改正后重新启动`)
}
