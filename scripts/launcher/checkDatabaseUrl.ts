import pg from 'pg'
import { StartFailure } from './startFailure'

// What PostgreSQL or the network said, in words an operator can act on.
const reasons: Record<string, string> = {
  ECONNREFUSED: '该地址上没有 PostgreSQL 在监听',
  ENOTFOUND: '主机名无法解析',
  EAI_AGAIN: '主机名暂时无法解析',
  ETIMEDOUT: '连接超时',
  EHOSTUNREACH: '主机不可达',
  '28P01': '用户名或密码错误',
  '28000': '该用户不允许从这里连接（pg_hba.conf）',
  '3D000': '数据库不存在',
}

/** Connects once to the PostgreSQL `url` names, so a wrong DATABASE_URL fails the start with one line instead of the apps' stack traces. */
export async function checkDatabaseUrl(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    const reason = reasons[code] ?? (error instanceof Error ? error.message : String(error))
    throw new StartFailure(
      'database-unreachable',
      `无法连接 DATABASE_URL 指向的 PostgreSQL（${reason}）：请检查其中的主机、端口、用户名、密码和数据库名；不设 DATABASE_URL 则使用内置 PostgreSQL`,
      { cause: error },
    )
  } finally {
    await client.end().catch(() => undefined)
  }
}
