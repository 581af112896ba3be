import 'dotenv/config'
import path from 'node:path'
import { createLogger, type Logger } from './createLogger'
import { readLauncherEnv } from './launcherEnv'
import { explainStartFailure, type StartContext } from './startFailure'
import { startStack } from './startStack'

/**
 * Entry point of `npm start` and `npm run dev`: starts the stack and stops it cleanly on Ctrl-C. A
 * start that fails, however it fails (a thrown error, an unhandled rejection, an error event), ends
 * with one line saying what to do and exit code 1.
 */
export async function runLauncher(mode: 'production' | 'development'): Promise<void> {
  let log: Logger = createLogger()
  const context: StartContext = { dataDir: path.resolve('.data') }
  const fail = async (error: unknown) => {
    const failure = await explainStartFailure(error, context)
    ;(log.fail ?? log.warn)(failure.message)
    process.exit(1)
  }
  process.on('uncaughtException', (error) => void fail(error))
  process.on('unhandledRejection', (error) => void fail(error))
  const started = Date.now()
  try {
    const env = readLauncherEnv()
    log = createLogger(undefined, { format: env.PORTAL_LOG_FORMAT })
    context.dataDir = path.resolve(env.PORTAL_DATA_DIR)
    context.port = env.PORT
    const stack = await startStack({
      mode,
      port: env.PORT,
      dataDir: env.PORTAL_DATA_DIR,
      databaseUrl: env.DATABASE_URL,
      databasePort: env.PORTAL_DB_PORT,
      secret: env.PAYLOAD_SECRET,
      admin: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD },
      trustedProxies: env.PORTAL_TRUSTED_PROXIES,
      log,
      // Exiting non-zero lets a service manager (systemd `Restart=on-failure`) start the whole portal again.
      onCrash: (message, stopped) => {
        log.warn(`${message}，正在停止全部服务`)
        void stopped.then(() => {
          log.step('已全部停止')
          process.exit(1)
        })
      },
    })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    log.step(`学习园地已就绪（用时 ${seconds} 秒）：${stack.url}  管理后台：${stack.url}/admin  （按 Ctrl-C 停止）`)
    let stopping = false
    const shutdown = (signal: string) => {
      if (stopping) return
      stopping = true
      log.step(`收到 ${signal}，正在停止…`)
      void stack.stop().then(() => {
        log.step('已全部停止')
        process.exit(process.exitCode ?? 0)
      })
    }
    process.on('SIGINT', () => shutdown('SIGINT'))
    process.on('SIGTERM', () => shutdown('SIGTERM'))
  } catch (error) {
    await fail(error)
  }
}
