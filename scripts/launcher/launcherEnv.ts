import { z } from 'zod'

const launcherEnvSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z.url('DATABASE_URL 必须是 postgres://… 形式的连接串').optional(),
  PORTAL_DATA_DIR: z.string().min(1).default('.data'),
  PORTAL_DB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  ADMIN_EMAIL: z.email('ADMIN_EMAIL 不是有效的邮箱地址').optional(),
  ADMIN_PASSWORD: z.string().min(8, 'ADMIN_PASSWORD 至少需要 8 个字符').optional(),
  PAYLOAD_SECRET: z.string().min(32, 'PAYLOAD_SECRET 至少需要 32 个字符').optional(),
  SAMPLE_MEMBER_PASSWORD: z.string().min(8, 'SAMPLE_MEMBER_PASSWORD 至少需要 8 个字符').optional(),
})

/** The launcher's settings (see .env.example), validated once. */
export type LauncherEnv = z.infer<typeof launcherEnvSchema>

/** Validates the launcher's environment, listing every problem at once. */
export function readLauncherEnv(source: NodeJS.ProcessEnv = process.env): LauncherEnv {
  const blankless = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''))
  const parsed = launcherEnvSchema.safeParse(blankless)
  if (parsed.success) return parsed.data
  const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
  throw new Error(`配置有误（环境变量或 .env）：\n${problems.join('\n')}`)
}
