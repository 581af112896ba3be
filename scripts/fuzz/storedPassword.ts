import pg from 'pg'

/** A member's password as Payload stores it: a salted hash. */
export interface StoredPassword {
  hash: string
  salt: string
}

async function withClient<T>(databaseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/** The stored password of account `userId`. */
export function readStoredPassword(databaseUrl: string, userId: number): Promise<StoredPassword> {
  return withClient(databaseUrl, async (client) => {
    const { rows } = await client.query<StoredPassword>('select hash, salt from users where id = $1', [userId])
    const stored = rows[0]
    if (!stored) throw new Error(`用户 ${userId} 不在数据库中`)
    return stored
  })
}

/**
 * Puts back the password the fuzz signs the member in with, after the member set another one: a
 * member may change their own password (a `PATCH` of their account with a `password` field), and the
 * fuzz, sending one as that member, sometimes does.
 */
export function restoreStoredPassword(databaseUrl: string, userId: number, stored: StoredPassword): Promise<void> {
  return withClient(databaseUrl, async (client) => {
    await client.query('update users set hash = $2, salt = $3 where id = $1', [userId, stored.hash, stored.salt])
  })
}
