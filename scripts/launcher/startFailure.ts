import { appendFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** A start failure the operator can fix: a stable code and one Chinese line saying what to do. */
export class StartFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'StartFailure'
  }
}

/** What the launcher was doing, to name the setting behind a system error. */
export interface StartContext {
  dataDir: string
  port?: number
}

/**
 * The one line that ends a failed start. Known failures (thrown as `StartFailure`, or system errors
 * such as a taken port, a folder that cannot be written, a full disk) say what to do; anything else
 * is written with its stack to a file whose path the line gives.
 */
export async function explainStartFailure(error: unknown, context: StartContext): Promise<StartFailure> {
  const known = knownFailure(error, context)
  if (known) return known
  const file = await writeDetails(error, context.dataDir)
  const first = (error instanceof Error ? error.message : String(error)).split('\n', 1)[0]
  return new StartFailure(
    'unexpected',
    file
      ? `启动失败：${first}。详细信息已写入 ${file}，请据此排查，或把该文件发给维护人员`
      : `启动失败：${first}。请检查磁盘空间和 PORTAL_DATA_DIR 的权限后重试`,
  )
}

function knownFailure(error: unknown, context: StartContext): StartFailure | undefined {
  if (error instanceof StartFailure) return error
  const { code, path: target } = (error ?? {}) as NodeJS.ErrnoException
  const where = target ? ` ${target}` : ''
  switch (code) {
    case 'EADDRINUSE':
      return new StartFailure('port-in-use', portInUse(context.port ?? 0), { cause: error })
    case 'ENOSPC':
      return new StartFailure('disk-full', `磁盘空间不足，无法写入${where}：请清理磁盘（df -h 查看）后重新启动`, { cause: error })
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new StartFailure(
        'no-access',
        `没有权限写入或进入${where}：请检查该目录及其上级目录的权限，或把 PORTAL_DATA_DIR 设为当前用户可写的目录（现为 ${context.dataDir}）`,
        { cause: error },
      )
    case 'ENOTDIR':
    case 'EEXIST':
      return new StartFailure(
        'data-dir-invalid',
        `无法创建数据目录 ${context.dataDir}（路径中有一段是文件而不是目录）：请把 PORTAL_DATA_DIR 设为一个可写的目录`,
        { cause: error },
      )
    default:
      return undefined
  }
}

/** The advice for a public port another program holds. */
export function portInUse(port: number): string {
  return `端口 ${port} 已被占用：请关闭占用它的程序（ss -ltnp 查看），或设置 PORT=其他端口 后重新启动`
}

async function writeDetails(error: unknown, dataDir: string): Promise<string | undefined> {
  const details = `${new Date().toISOString()} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
  for (const folder of [path.join(dataDir, 'logs'), tmpdir()]) {
    const file = path.join(folder, 'start-failure.log')
    try {
      await mkdir(folder, { recursive: true })
      await appendFile(file, details, { mode: 0o600 })
      return file
    } catch {
      // Try the next folder: the data folder may be the very thing that cannot be written.
    }
  }
  return undefined
}
