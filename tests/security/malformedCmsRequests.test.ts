import { beforeAll, describe, expect, it } from 'vitest'
import { loginToken, stackUrl } from '../support/cmsApi'
import { sampleMemberToken } from '../support/sampleMemberToken'

// Regressions from the full `npm run fuzz` run (issue 15): requests the CMS answered with a 5xx. Each
// is a 4xx with a stable code now, for members and staff alike.
const origin = () => new URL(stackUrl('/')).origin
let adminToken: string
let memberToken: string

beforeAll(async () => {
  adminToken = await loginToken()
  memberToken = await sampleMemberToken()
})

async function send(method: string, pathname: string, options: { token?: string; contentType?: string; body?: string } = {}) {
  const headers: Record<string, string> = { origin: origin() }
  if (options.token) headers.authorization = `JWT ${options.token}`
  if (options.contentType !== undefined) headers['content-type'] = options.contentType
  return fetch(stackUrl(pathname), { method, headers, body: options.body, redirect: 'manual' })
}

async function codeOf(response: Response): Promise<string | undefined> {
  const body = (await response.json()) as { errors?: Array<{ data?: { code?: string } }> }
  return body.errors?.[0]?.data?.code
}

const form = (boundary: string, parts: string) => ({ contentType: `multipart/form-data; boundary=${boundary}`, body: parts })
const fileForm = form(
  '----fuzz1',
  '------fuzz1\r\nContent-Disposition: form-data; name="file"; filename="a\u0000.jpg"\r\nContent-Type: image/png\r\n\r\n{"a":1}\r\n------fuzz1--\r\n',
)

describe('methods a custom endpoint does not take', () => {
  it.each([
    ['PATCH', '/api/questions/import', 'POST'],
    ['PUT', '/api/questions/import', 'POST'],
    ['DELETE', '/api/questions/import', 'POST'],
    ['PATCH', '/api/questions/import-template', 'GET'],
    ['POST', '/api/questions/import-template', 'GET'],
    ['PATCH', '/api/users/import', 'POST'],
    ['DELETE', '/api/users/import-template', 'GET'],
    ['PATCH', '/api/campaigns/managed', 'GET'],
    ['PATCH', '/api/users/me', 'GET'],
    ['PUT', '/api/media', 'POST'],
    ['POST', '/api/health', 'GET'],
  ])('answers %s %s with 405 and Allow: %s, whatever the body', async (method, pathname, allowed) => {
    for (const token of [undefined, memberToken, adminToken]) {
      for (const body of [fileForm, form('%ff%fe', '--%ff%fe--\r\n'), { contentType: 'application/json', body: '{}' }]) {
        const response = await send(method, pathname, { token, ...body })
        expect(response.status, `${method} ${pathname} ${body.contentType}`).toBe(405)
        expect(response.headers.get('allow')).toContain(allowed)
        expect(await codeOf(response)).toBe('request.methodNotAllowed')
      }
    }
  })

  it('still answers the methods the endpoints take', async () => {
    const template = await send('GET', '/api/questions/import-template', { token: adminToken })
    expect(template.status).toBe(200)
    const noFile = await send('POST', '/api/questions/import', {
      token: adminToken,
      ...form('x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--\r\n'),
    })
    expect(noFile.status).toBe(400)
    expect(((await noFile.json()) as { code: string }).code).toBe('questionImport.fileMissing')
    const readAsPost = await fetch(stackUrl('/api/users/me'), {
      method: 'POST',
      headers: { origin: origin(), authorization: `JWT ${memberToken}`, 'x-payload-http-method-override': 'GET' },
    })
    expect(readAsPost.status).toBe(200)
  })
})

describe('multipart forms Payload cannot parse', () => {
  const unparseable: Array<[string, { contentType: string; body: string }]> = [
    ['a boundary with a percent sign', form('%ff%fe', '--%ff%fe--\r\n')],
    [
      'a boundary with a percent sign and a part',
      form('%ff%fe', '--%ff%fe\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--%ff%fe--\r\n'),
    ],
    ['a boundary with a space', form('a b', '--a b--\r\n')],
    ['only a closing boundary', form('----fuzz2', '')],
  ]
  const writes: Array<[string, string, () => string | undefined]> = [
    ['POST', '/api/questions/import', () => adminToken],
    ['POST', '/api/users/import', () => adminToken],
    ['POST', '/api/media', () => adminToken],
    ['PATCH', '/api/media/1', () => adminToken],
    ['POST', '/api/articles', () => memberToken],
    ['PATCH', '/api/articles/1', () => undefined],
    ['POST', '/api/payload-preferences/nav', () => memberToken],
  ]
  for (const [method, pathname, token] of writes) {
    it.each(unparseable)(`answers a form with %s sent to ${method} ${pathname} with 400 limits.unreadableForm`, async (_, body) => {
      const response = await send(method, pathname, { token: token(), ...body })
      expect(response.status).toBe(400)
      expect(await codeOf(response)).toBe('limits.unreadableForm')
    })
  }
})

describe('malformed limit, page, depth and where on every collection', () => {
  const collections = [
    'payload-preferences',
    'payload-locked-documents',
    'payload-migrations',
    'payload-jobs',
    'articles',
    'users',
    'globals/points-rules',
  ]
  const numbers = [
    'limit=-9007199254740992&limit=-0.5&depth=0',
    'limit=1&limit=2',
    'page=1&page=2',
    'depth=1&depth=2',
    'limit[a]=1',
    'page[]=1',
    'depth=undefined',
    'limit=0.5',
    'page=%24%7B7*7%7D',
    'depth=1e309',
  ]
  for (const collection of collections) {
    it.each(numbers)(`answers ${collection}?%s with 400 query.invalidNumber on GET, PATCH and DELETE`, async (query) => {
      for (const token of [memberToken, adminToken]) {
        for (const method of ['GET', 'PATCH', 'DELETE']) {
          const body = method === 'PATCH' ? { contentType: 'application/json', body: '{}' } : {}
          const response = await send(method, `/api/${collection}?${query}&where[id][equals]=-1`, { token, ...body })
          expect(response.status, `${method} ${query}`).toBe(400)
          expect(await codeOf(response)).toBe('query.invalidNumber')
        }
      }
    })
  }

  it.each(collections)('answers %s?where= with text that is no JSON with 400 query.invalid', async (collection) => {
    for (const token of [memberToken, adminToken]) {
      const response = await send('GET', `/api/${collection}?where=%7Bbad`, { token })
      expect(response.status).toBe(400)
      expect(await codeOf(response)).toBe('query.invalid')
    }
  })

  it.each(['payload-preferences', 'payload-locked-documents', 'payload-jobs'])(
    'answers a where clause Payload cannot build on %s with 400 query.invalid',
    async (collection) => {
      for (const query of ['where[key][like][0]=a', 'where[id][equals][a]=1', 'where[or][a]=1']) {
        const response = await send('GET', `/api/${collection}?${query}`, { token: adminToken })
        expect(response.status, query).toBe(400)
        expect(await codeOf(response)).toBe('query.invalid')
      }
    },
  )

  it("bounds a member's pages of preferences like any reader's", async () => {
    const response = await send('GET', '/api/payload-preferences?limit=100000', { token: memberToken })
    expect(response.status).toBe(200)
    expect(((await response.json()) as { limit: number }).limit).toBeLessThanOrEqual(100)
  })

  it('answers the migrations, which have no REST endpoints, with 404 on every method', async () => {
    for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
      const body = method === 'GET' || method === 'DELETE' ? {} : { contentType: 'application/json', body: '{}' }
      expect((await send(method, '/api/payload-migrations', { token: adminToken, ...body })).status, method).toBe(404)
    }
  })

  it('still reads well-formed pages', async () => {
    const response = await send('GET', '/api/articles?limit=2&page=1&depth=0&where=%7B%7D', { token: adminToken })
    expect(response.status).toBe(200)
  })
})

describe('JSON in another charset than UTF-8', () => {
  const query = JSON.stringify({ query: '{ Articles(limit: 1) { docs { id } } }' })

  it.each([
    ['an empty body', 'application/json', ''],
    ['an empty body in UTF-16', 'application/json; charset=utf-16', ''],
  ])('answers a GraphQL request with %s with a 4xx', async (_, contentType, body) => {
    const response = await send('POST', '/api/graphql?query=-1e%2B308', { contentType, body })
    expect([400, 415]).toContain(response.status)
    expect(await codeOf(response)).toMatch(/^(graphql\.invalidRequest|limits\.unsupportedCharset)$/)
  })

  it.each([
    ['POST', '/api/graphql'],
    ['POST', '/api/articles'],
    ['PATCH', '/api/articles/1'],
    ['POST', '/api/users/login'],
    ['POST', '/api/payload-preferences/nav'],
  ])('answers %s %s sent as JSON in UTF-16 or Latin-1 with 415 limits.unsupportedCharset', async (method, pathname) => {
    for (const charset of ['utf-16', 'UTF-16LE', 'iso-8859-1', '"gbk"']) {
      const response = await send(method, pathname, {
        token: memberToken,
        contentType: `application/json; charset=${charset}`,
        body: query,
      })
      expect(response.status, charset).toBe(415)
      expect(await codeOf(response)).toBe('limits.unsupportedCharset')
    }
  })

  it('still answers JSON that says it is UTF-8', async () => {
    const response = await send('POST', '/api/graphql', { contentType: 'application/json; charset="UTF-8"', body: query })
    expect(response.status).toBe(200)
  })
})

describe('posts to admin pages that are no server action', () => {
  it.each([
    ['/admin/me/internal/admin/me', form('----fuzz311545379', '')],
    ['/admin?token=%25ff%25fe', fileForm],
    ['/admin/collections/articles', form('evil', '--evil\r\nContent-Disposition: form-data; name="loginId"\r\n\r\n  \r\n--evil--\r\n')],
    ['/admin/login', { contentType: 'application/x-www-form-urlencoded', body: 'email=a&password=b' }],
    ['/admin', { contentType: 'text/plain', body: '[]' }],
    ['/admin/%20', { contentType: 'application/json', body: '{}' }],
  ])('answers POST %s with 405', async (pathname, body) => {
    for (const token of [undefined, adminToken]) {
      const response = await send('POST', pathname, { token, ...body })
      expect(response.status).toBe(405)
      expect(response.headers.get('allow')).toBe('GET, HEAD')
      expect(await codeOf(response)).toBe('request.adminPostNotAction')
    }
  })

  it('answers a server action posted from another site with 403', async () => {
    for (const crossOrigin of ['https://evil.example', 'null']) {
      const response = await fetch(stackUrl('/admin'), {
        method: 'POST',
        headers: { origin: crossOrigin, 'next-action': '0'.repeat(42), 'content-type': 'text/plain;charset=UTF-8' },
        body: '[]',
      })
      expect(response.status, crossOrigin).toBe(403)
      expect(await codeOf(response)).toBe('request.crossSiteAction')
    }
  })

  it('still serves admin pages', async () => {
    const response = await send('GET', '/admin/login')
    expect(response.status).toBe(200)
  })
})
