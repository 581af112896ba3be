import type pg from 'pg'
import { type FieldTransport, type FieldWriteCollection, matrixCollections } from './accessMatrix'
import { apiJson } from './cmsApi'

// What is stored for each field, read straight from PostgreSQL (hidden auth fields never leave the API).
const storedValue: Record<FieldWriteCollection, string> = {
  users: `select json_build_object('name', name, 'password', hash, 'role', role, 'organization', organization_id, 'email', email,
      'username', username, 'hash', hash, 'salt', salt, 'resetPasswordToken', reset_password_token,
      'resetPasswordExpiration', reset_password_expiration,
      'sessions', (select count(*) from users_sessions where _parent_id = users.id)) as fields from users where id = $1`,
  organizations: `select json_build_object('name', name, 'kind', kind, 'parent', parent_id,
      'ancestors', (select coalesce(array_agg(organizations_id order by "order"), '{}') from organizations_rels
                     where parent_id = organizations.id and path = 'ancestors')) as fields from organizations where id = $1`,
}

/** The stored value of one field of a user or organization. */
export async function storedField(database: pg.Client, collection: FieldWriteCollection, id: number, field: string): Promise<unknown> {
  const { rows } = await database.query<{ fields: Record<string, unknown> }>(storedValue[collection], [id])
  return rows[0]?.fields[field]
}

/** Sends a write of one field over one transport; the server's answer does not matter, only what is stored afterwards. */
export async function writeField(
  token: string | undefined,
  collection: FieldWriteCollection,
  id: number,
  field: string,
  value: unknown,
  transport: FieldTransport,
): Promise<void> {
  const data = { [field]: value }
  if (transport === 'REST by id') await apiJson(`/api/${collection}/${id}`, { token, method: 'PATCH', body: data })
  else if (transport === 'bulk REST by where')
    await apiJson(`/api/${collection}?where[id][equals]=${id}`, { token, method: 'PATCH', body: data })
  else {
    const name = matrixCollections[collection].graphql
    await apiJson('/api/graphql', {
      token,
      method: 'POST',
      body: {
        query: `mutation ($data: mutation${name}UpdateInput!) { update${name}(id: ${id}, data: $data) { id } }`,
        variables: { data },
      },
    })
  }
}
