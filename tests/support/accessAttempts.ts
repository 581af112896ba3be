import { type MatrixCollection, type MatrixContext, matrixCollections, type Operation } from './accessMatrix'
import { apiJson, stackUrl } from './cmsApi'
import { redSquarePng } from './importFixtures'
import { createQuestion } from './questionBank'

type Id = number

const updateData = (collection: MatrixCollection) =>
  collection === 'media'
    ? { alt: '已修改' }
    : collection === 'organizations' || collection === 'users'
      ? { name: '已修改' }
      : collection === 'questions'
        ? { stem: '已修改' }
        : { title: '已修改' }
const draftQuery = (collection: MatrixCollection) => (matrixCollections[collection].drafts ? '?draft=true' : '')

/** What the matrix's new documents refer to, created by the admin. */
export async function createMatrixContext(adminToken: string): Promise<MatrixContext> {
  return { publishedQuestion: (await createQuestion(adminToken)).id }
}

/** Creates a document as the admin: a draft for content, or approved-but-unpublished for the publish cell. */
export async function createTarget(
  adminToken: string,
  collection: MatrixCollection,
  context: MatrixContext,
  approved = false,
): Promise<Id> {
  if (collection === 'media') return uploadMedia(adminToken)
  const data = { ...matrixCollections[collection].data(context), ...(approved ? { reviewStatus: 'approved' } : {}) }
  const { status, body } = await apiJson<{ doc: { id: Id } }>(`/api/${collection}${draftQuery(collection)}`, {
    token: adminToken,
    method: 'POST',
    body: data,
  })
  if (status !== 201) throw new Error(`setup: could not create ${collection}: HTTP ${status} ${JSON.stringify(body)}`)
  return body.doc.id
}

async function uploadMedia(token: string | undefined): Promise<number> {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(await redSquarePng())], { type: 'image/png' }), 'matrix.png')
  form.append('_payload', JSON.stringify(matrixCollections.media.data()))
  const response = await fetch(stackUrl('/api/media'), {
    method: 'POST',
    body: form,
    headers: token ? { authorization: `JWT ${token}` } : {},
  })
  if (response.status !== 201) return -response.status
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/** Tries one operation over REST; true when the server allowed it. */
export async function attemptRest(
  token: string | undefined,
  collection: MatrixCollection,
  operation: Operation,
  target: Id,
  context: MatrixContext,
): Promise<boolean> {
  const path = `/api/${collection}`
  switch (operation) {
    case 'create':
      if (collection === 'media') return (await uploadMedia(token)) > 0
      return (
        (await apiJson(`${path}${draftQuery(collection)}`, { token, method: 'POST', body: matrixCollections[collection].data(context) }))
          .status === 201
      )
    case 'read':
      return (await apiJson(`${path}/${target}${draftQuery(collection)}`, { token })).status === 200
    case 'update':
      return (
        (await apiJson(`${path}/${target}${draftQuery(collection)}`, { token, method: 'PATCH', body: updateData(collection) })).status ===
        200
      )
    case 'delete':
      return (await apiJson(`${path}/${target}`, { token, method: 'DELETE' })).status === 200
    case 'publish':
      return (await apiJson(`${path}/${target}`, { token, method: 'PATCH', body: { _status: 'published' } })).status === 200
  }
}

/** Tries one operation over GraphQL; true when the server allowed it, null when GraphQL cannot express it. */
export async function attemptGraphql(
  token: string | undefined,
  collection: MatrixCollection,
  operation: Operation,
  target: Id,
  context: MatrixContext,
): Promise<boolean | null> {
  const { graphql: name, drafts } = matrixCollections[collection]
  const draft = drafts ? ', draft: true' : ''
  const run = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(stackUrl('/api/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    })
    return ((await response.json()) as { data?: Record<string, { id?: Id } | null> | null }).data ?? {}
  }
  switch (operation) {
    case 'create':
      // GraphQL cannot carry a file, so uploads are REST-only.
      if (collection === 'media') return null
      return Boolean(
        (
          await run(`mutation ($data: mutation${name}Input!) { create${name}(data: $data${draft}) { id } }`, {
            data: matrixCollections[collection].data(context),
          })
        )[`create${name}`]?.id,
      )
    case 'read':
      return Boolean((await run(`{ ${name}(id: ${target}${draft}) { id } }`))[name]?.id)
    case 'update':
      return Boolean(
        (
          await run(`mutation ($data: mutation${name}UpdateInput!) { update${name}(id: ${target}, data: $data${draft}) { id } }`, {
            data: updateData(collection),
          })
        )[`update${name}`]?.id,
      )
    case 'delete':
      return Boolean((await run(`mutation { delete${name}(id: ${target}) { id } }`))[`delete${name}`]?.id)
    case 'publish':
      return Boolean(
        (
          await run(`mutation ($data: mutation${name}UpdateInput!) { update${name}(id: ${target}, data: $data) { id } }`, {
            data: { _status: 'published' },
          })
        )[`update${name}`]?.id,
      )
  }
}
