import { isIP } from 'node:net'
import path from 'node:path'
import { z } from 'zod'

const isAddressOrRange = (entry: string) => {
  const [address, bits, ...rest] = entry.split('/')
  const family = isIP(address ?? '')
  if (family === 0 || rest.length > 0) return false
  return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128))
}

// An empty `S3_BUCKET=` line in .env means "not set", as leaving it out does.
const blankAsUnset = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema)

const envSchema = z.object({
  DATABASE_URL: z.url({
    error: (issue) =>
      issue.input === undefined
        ? 'DATABASE_URL 未设置：请提供 PostgreSQL 连接串，或用 npm start 启动内置数据库'
        : 'DATABASE_URL 必须是 postgres://… 形式的连接串',
  }),
  PAYLOAD_SECRET: z.string({ error: 'PAYLOAD_SECRET 未设置：请提供至少 32 个字符的随机串' }).min(32, 'PAYLOAD_SECRET 至少需要 32 个字符'),
  PORTAL_DATA_DIR: z.string().default('.data'),
  // Only the long-running CMS server runs queued jobs (scheduled publishing); scripts and tests do not.
  PORTAL_RUN_JOBS: z.enum(['true', 'false']).default('false'),
  PORTAL_JOBS_CRON: z.string().default('*/10 * * * * *'),
  // The address members use, for links in e-mails (password reset). Set it in production.
  PORTAL_PUBLIC_URL: z
    .url('PORTAL_PUBLIC_URL 必须是 http(s):// 开头的地址')
    .default('http://localhost:3000')
    .transform((url) => url.replace(/\/+$/, '')),
  // smtp(s)://user:pass@host:port; unset: e-mails are written to $PORTAL_DATA_DIR/outbox instead of sent.
  SMTP_URL: z.url('SMTP_URL 必须是 smtp://… 或 smtps://… 形式的地址').optional(),
  MAIL_FROM: z.string().default('学习园地 <no-reply@localhost>'),
  // Which of the CMS app's processes this is (set by the launcher): `cms` (Next.js + Payload) or `search`
  // (cms/src/processes/searchProcess.ts). Names the process in log lines and its change-feed connection.
  PORTAL_PROCESS: z.enum(['cms', 'search']).default('cms'),
  // Loopback port of the search server (set by the launcher for the search process only; unset: no search server).
  PORTAL_SEARCH_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  // Loopback port of the study-tracking server for POST /api/reading-events (set by the launcher likewise; unset: none).
  PORTAL_TRACKING_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  // Loopback port of the metrics server for GET /metrics (set by the launcher likewise; unset: none).
  PORTAL_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  // The portal's own metrics (its /internal/metrics on loopback), appended to the CMS's /metrics; unset: CMS metrics only.
  PORTAL_SITE_METRICS_URL: z.url('PORTAL_SITE_METRICS_URL 必须是 http(s):// 开头的地址').optional(),
  // The search process's metrics (its /internal/metrics on loopback), appended to the CMS's /metrics likewise.
  PORTAL_SEARCH_METRICS_URL: z.url('PORTAL_SEARCH_METRICS_URL 必须是 http(s):// 开头的地址').optional(),
  // The git commit shown in xuexi_build_info (the launcher sets it from the checkout).
  PORTAL_GIT_COMMIT: z.string().max(64).default('unknown'),
  // Proxies whose X-Forwarded-For is believed (addresses or CIDR ranges, comma-separated): the sign-in
  // throttle keys on the client address behind them. Default: loopback, where the launcher's front proxy,
  // nginx and the portal connect from.
  // `json`: one JSON object per line (time, level, process, msg, requestId) for a log collector; `text`: lines for people.
  PORTAL_LOG_FORMAT: z.enum(['text', 'json'], 'PORTAL_LOG_FORMAT 只能是 text 或 json').default('text'),
  // Any value turns colour codes off even on a terminal (https://no-color.org); off the terminal they are never written.
  NO_COLOR: z.string().optional(),
  PORTAL_TRUSTED_PROXIES: z
    .string()
    .default('127.0.0.0/8,::1')
    .transform((list) =>
      list
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isAddressOrRange), 'PORTAL_TRUSTED_PROXIES 应为逗号分隔的 IP 地址或网段，例如 127.0.0.1,10.0.0.0/8'),
  // S3-compatible object storage for uploaded media and export files, shared by every instance
  // (docs/deploy.md). All four of bucket, region and keys, or none: unset keeps files on local disk.
  S3_BUCKET: blankAsUnset(z.string().optional()),
  S3_REGION: blankAsUnset(z.string().optional()),
  S3_ACCESS_KEY_ID: blankAsUnset(z.string().optional()),
  S3_SECRET_ACCESS_KEY: blankAsUnset(z.string().optional()),
  // Unset: AWS S3 itself; for MinIO, Ceph, OSS, COS… their address, e.g. https://minio.example.org:9000.
  S3_ENDPOINT: blankAsUnset(z.url('S3_ENDPOINT 必须是 http(s):// 开头的地址').optional()),
  // `true` for servers that want the bucket in the path (MinIO and most self-hosted ones).
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false'], 'S3_FORCE_PATH_STYLE 只能是 true 或 false').default('false'),
})

const requiredS3Settings = ['S3_BUCKET', 'S3_REGION', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const

/** Where uploaded media and export files live when object storage is configured. */
export interface ObjectStorageSettings {
  bucket: string
  region: string
  endpoint: string | undefined
  forcePathStyle: boolean
  credentials: { accessKeyId: string; secretAccessKey: string }
}

const settingsSchema = envSchema.transform((settings, context) => {
  const given = requiredS3Settings.filter((name) => settings[name])
  const missing = requiredS3Settings.filter((name) => !settings[name])
  const extras = settings.S3_ENDPOINT || settings.S3_FORCE_PATH_STYLE === 'true'
  if (given.length === 0 && !extras) return { ...settings, objectStorage: null }
  if (missing.length > 0) {
    context.addIssue({
      code: 'custom',
      path: [missing[0] ?? 'S3_BUCKET'],
      message: `对象存储配置不完整：缺少 ${missing.join('、')}。要使用 S3 对象存储，请同时设置 ${requiredS3Settings.join('、')}；要把文件存在本机磁盘，请全部不设`,
    })
    return z.NEVER
  }
  const objectStorage: ObjectStorageSettings = {
    bucket: settings.S3_BUCKET as string,
    region: settings.S3_REGION as string,
    endpoint: settings.S3_ENDPOINT,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE === 'true',
    credentials: { accessKeyId: settings.S3_ACCESS_KEY_ID as string, secretAccessKey: settings.S3_SECRET_ACCESS_KEY as string },
  }
  return { ...settings, objectStorage }
})

/** Validated CMS settings; reports every problem at once and stops the process. */
export type CmsEnv = z.infer<typeof settingsSchema> & {
  mediaDir: string
  outboxDir: string
  exportsDir: string
  searchSnapshotFile: string
}

/** Validates `source`; throws one error listing every problem. */
export function parseCmsEnv(source: Record<string, string | undefined>): CmsEnv {
  const parsed = settingsSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`CMS 配置有误（环境变量）：\n${problems.join('\n')}`)
  }
  const dataDir = path.resolve(parsed.data.PORTAL_DATA_DIR)
  return {
    ...parsed.data,
    mediaDir: path.join(dataDir, 'media'),
    outboxDir: path.join(dataDir, 'outbox'),
    exportsDir: path.join(dataDir, 'exports'),
    // This instance's search index snapshot (each instance keeps its own; see docs/architecture.md).
    searchSnapshotFile: path.join(dataDir, 'search', 'index.snapshot'),
  }
}

/** The CMS's environment, validated once at start-up. */
export const env: CmsEnv = parseCmsEnv(process.env)
