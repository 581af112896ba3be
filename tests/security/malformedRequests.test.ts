import { describe, expect, it } from 'vitest'
import { stackUrl } from '../support/cmsApi'
import { sampleMemberToken } from '../support/sampleMemberToken'

// Regressions found by `npm run fuzz`: each hostile request gets a clear 4xx, never an error page.
const origin = () => new URL(stackUrl('/')).origin

function post(pathname: string, contentType: string, body: string) {
  return fetch(stackUrl(pathname), { method: 'POST', redirect: 'manual', headers: { origin: origin(), 'content-type': contentType }, body })
}

describe('malformed requests', () => {
  it.each(['/login', '/forgot-password', '/reset-password'])(
    'answers an unreadable form posted to %s with 400 and the form again',
    async (pathname) => {
      const broken = await post(
        pathname,
        'multipart/form-data; boundary=----x',
        '------x\r\nContent-Disposition: form-data; name="loginId"\r\n\r\nabc',
      )
      expect(broken.status).toBe(400)
      expect(await broken.text()).toContain('<form')
      const noBoundary = await post(pathname, 'multipart/form-data', 'loginId=a')
      expect(noBoundary.status).toBe(400)
    },
  )

  it.each([
    ['a non-numeric id', '/api/articles/abc'],
    ['an id past the integer range', '/api/articles/2147483648'],
    ['a NUL character in a filter', '/api/articles?where[title][like]=a%00b'],
    ['an id past the integer range in a filter', '/api/articles?where[id][equals]=9007199254740993'],
  ])('answers %s with 400 input.unstorable', async (_, pathname) => {
    const response = await fetch(stackUrl(pathname))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ errors: [{ data: { code: 'input.unstorable' } }] })
  })

  it.each([
    ['a list where one value belongs', '/api/articles?where[title][like][0]=a'],
    ['an object where one value belongs', '/api/articles?where[title][equals][a]=1'],
    ['an object under "or"', '/api/policies?where[or][a]=1'],
  ])('answers a query with %s with 400 query.invalid', async (_, pathname) => {
    const response = await fetch(stackUrl(pathname))
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ errors: [{ data: { code: 'query.invalid' } }] })
  })

  it.each(['TRACE', 'PROPFIND'])('refuses %s with 405', async (method) => {
    const { request } = await import('node:http')
    const url = new URL(stackUrl('/'))
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: url.hostname, port: url.port, method, path: '/api/health' }, (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
        .on('error', reject)
        .end()
    })
    expect(status).toBe(405)
  })

  it.each(['DELETE', 'PUT', 'PATCH', 'OPTIONS'])('answers %s on a portal page with 405 and the methods it serves', async (method) => {
    const response = await fetch(stackUrl('/articles'), { method })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD, POST')
  })

  it('refuses a request target longer than 8 KB with 414, as nginx does', async () => {
    const response = await fetch(stackUrl(`/api/campaigns/.?sort=${'%20'.repeat(4000)}`), { redirect: 'manual' })
    expect(response.status).toBe(414)
  })

  it.each(['/api/campaigns/%', '/api/articles/%C0%AE%C0%AE', '/api/topics/x%ED%AF%BFy'])(
    'answers the undecodable path %s with 400',
    async (pathname) => {
      const response = await fetch(stackUrl(pathname))
      expect(response.status).toBe(400)
    },
  )

  it.each([
    ['GET', '/api/__proto__'],
    ['HEAD', '/api/__proto__/me'],
    ['GET', '/api/constructor/1'],
    ['POST', '/api/constructor'],
    ['PATCH', '/api/toString/7'],
    ['DELETE', '/api/hasOwnProperty/x'],
    ['GET', '/api/globals/__proto__'],
    ['GET', '/api/restriction/../valueOf'],
  ])('answers %s %s, a slug every object has, like a missing route (404)', async (method, pathname) => {
    const body = method === 'POST' || method === 'PATCH' ? '{}' : undefined
    const response = await fetch(stackUrl(pathname), { method, headers: { origin: origin(), 'content-type': 'application/json' }, body })
    expect(response.status).toBe(404)
    if (method !== 'HEAD')
      expect(((await response.json()) as { errors: Array<{ data: { code: string } }> }).errors[0]?.data.code).toBe('request.noSuchRoute')
  })
})

describe('malformed GraphQL requests', () => {
  const graphQL = (contentType: string, body: string) =>
    fetch(stackUrl('/api/graphql'), { method: 'POST', headers: { origin: origin(), 'content-type': contentType }, body })

  it.each([
    ['a body that is not JSON', 'application/json', 'x', 400, 'input.unreadableJson'],
    ['a JSON body cut short', 'application/json', '{"query":"{ Articles { docs { id } } }', 400, 'input.unreadableJson'],
    ['a batch of queries', 'application/json', '[{"query":"{ Articles { docs { id } } }"}]', 400, 'input.jsonNotObject'],
    [
      'variables nested thousands deep',
      'application/json',
      `{"query":"{ Articles { docs { id } } }","variables":{"v":${'['.repeat(5000)}${']'.repeat(5000)}}}`,
      400,
      'limits.jsonTooDeep',
    ],
    ['JSON that is no GraphQL request', 'application/json', '{"ticket":[{"day":1}]}', 400, 'graphql.invalidRequest'],
    [
      'variables that are no object',
      'application/json',
      '{"query":"{ Articles { docs { id } } }","variables":[1]}',
      400,
      'graphql.invalidRequest',
    ],
    [
      'a fragment that spreads itself',
      'application/json',
      '{"query":"fragment f on Query { ...f } { ...f }"}',
      400,
      'graphql.fragmentCycle',
    ],
    [
      'fragments that spread each other',
      'application/json',
      '{"query":"fragment a on Query { ...b } fragment b on Query { ...a } { ...a }"}',
      400,
      'graphql.fragmentCycle',
    ],
    ['a form', 'application/x-www-form-urlencoded', 'query=%ff%fe', 415, 'limits.unsupportedBody'],
    [
      'a broken multipart body',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{',
      400,
      'limits.unreadableForm',
    ],
    [
      'a well-formed multipart form',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ a }\r\n--x--\r\n',
      415,
      'graphql.jsonOnly',
    ],
  ])('answers %s with a 4xx and an error body', async (_, contentType, body, status, code) => {
    const response = await graphQL(contentType, body)
    expect(response.status).toBe(status)
    expect(await response.json()).toMatchObject({ errors: [{ data: { code } }] })
  })

  it('still answers a well-formed query', async () => {
    const response = await graphQL('application/json; charset=utf-8', JSON.stringify({ query: '{ Articles(limit: 1) { docs { id } } }' }))
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ data: { Articles: { docs: expect.any(Array) } } })
  })
})

describe('bodies Payload cannot read', () => {
  const send = (method: string, pathname: string, contentType: string, body: string, headers: Record<string, string> = {}) =>
    fetch(stackUrl(pathname), { method, headers: { origin: origin(), 'content-type': contentType, ...headers }, body })
  const brokenForms: Array<[string, string, string]> = [
    ['no boundary', 'multipart/form-data', 'loginId=a'],
    ['an empty boundary', 'multipart/form-data; boundary=', 'abc'],
    ['a form cut short', 'multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nabc'],
    [
      'a _payload that is not JSON',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--x--\r\n',
    ],
    [
      'a _payload that is no object',
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--x--\r\n',
    ],
    [
      'a _payload nested thousands deep',
      'multipart/form-data; boundary=x',
      `--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${'{"a":['.repeat(3000)}1${']}'.repeat(3000)}\r\n--x--\r\n`,
    ],
  ]
  const unreadableJson: Array<[string, string, string]> = [
    ['null', 'null', 'input.jsonNotObject'],
    ['a list', '[{"email":"a@b.c"}]', 'input.jsonNotObject'],
    ['a number', '1e309', 'input.jsonNotObject'],
    ['a string', '"x"', 'input.jsonNotObject'],
    ['JSON cut short', '{"email":"a@b.c"', 'input.unreadableJson'],
    ['text that is no JSON', 'email=a@b.c', 'input.unreadableJson'],
    ['an object nested thousands deep', `{"a":${'{"a":['.repeat(5000)}1${']}'.repeat(5000)}}`, 'limits.jsonTooDeep'],
  ]
  const writes: Array<[string, string]> = [
    ['POST', '/api/users/login'],
    ['POST', '/api/users/forgot-password'],
    ['POST', '/api/users/reset-password'],
    ['POST', '/api/users/unlock'],
    ['POST', '/api/users'],
    ['POST', '/api/articles'],
    ['PATCH', '/api/organizations/1'],
    ['POST', '/api/globals/points-rules'],
    ['POST', '/api/payload-preferences/nav'],
  ]

  for (const [method, pathname] of writes) {
    it.each(brokenForms)(
      `answers a multipart form with %s sent to ${method} ${pathname} with 400 limits.unreadableForm`,
      async (_, contentType, body) => {
        const response = await send(method, pathname, contentType, body, { 'x-forwarded-for': '198.18.1.1' })
        expect(response.status).toBe(400)
        expect(await response.json()).toMatchObject({ errors: [{ data: { code: 'limits.unreadableForm' } }] })
      },
    )

    it.each(unreadableJson)(`answers JSON that is %s sent to ${method} ${pathname} with 400 and its reason`, async (_, body, code) => {
      const response = await send(method, pathname, 'application/json', body, { 'x-forwarded-for': '198.18.1.4' })
      expect(response.status).toBe(400)
      expect(await response.json()).toMatchObject({ errors: [{ data: { code } }] })
    })

    it.each(['text/plain', '', 'application/x-www-form-urlencoded', 'application/xml'])(
      `answers a body of type "%s" sent to ${method} ${pathname} with 415 limits.unsupportedBody`,
      async (contentType) => {
        const response = await send(method, pathname, contentType, 'email=a@b.c&password=x', { 'x-forwarded-for': '198.18.1.2' })
        expect(response.status).toBe(415)
        expect(await response.json()).toMatchObject({ errors: [{ data: { code: 'limits.unsupportedBody' } }] })
      },
    )
  }

  it('still reads an empty POST and a JSON one', async () => {
    expect((await fetch(stackUrl('/api/users/logout'), { method: 'POST', headers: { origin: origin() } })).status).toBeLessThan(500)
    const login = await send('POST', '/api/users/login', 'application/json', JSON.stringify({ username: 'no-such-user', password: 'x' }), {
      'x-forwarded-for': '198.18.1.3',
    })
    expect(login.status).toBe(401)
  })
})

describe('deleting a preference', () => {
  it.each(['7', 'nav', 'a%00b', '1e%2B21', 'x'.repeat(300)])(
    'answers a member deleting the preference %s they do not have with 404',
    async (key) => {
      const token = await sampleMemberToken()
      for (const body of [undefined, '5e-324', '{"a":1}']) {
        const response = await fetch(stackUrl(`/api/payload-preferences/${key}`), {
          method: 'DELETE',
          headers: { origin: origin(), authorization: `JWT ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
          body,
        })
        expect(response.status).toBe(404)
        expect(await response.json()).toMatchObject({ errors: [{ data: { code: 'preference.notFound' } }] })
      }
    },
  )

  it('still deletes a preference the member has', async () => {
    const token = await sampleMemberToken()
    const headers = { origin: origin(), authorization: `JWT ${token}`, 'content-type': 'application/json' }
    const saved = await fetch(stackUrl('/api/payload-preferences/fuzz-check'), {
      method: 'POST',
      headers,
      body: JSON.stringify({ value: { a: 1 } }),
    })
    expect(saved.status).toBe(200)
    const deleted = await fetch(stackUrl('/api/payload-preferences/fuzz-check'), { method: 'DELETE', headers })
    expect(deleted.status).toBe(200)
  })
})

describe('portal pages for slugs no item can have', () => {
  // The same answer as for a well-formed slug that matches nothing: 404, or for campaigns (which may be
  // members-only) the sign-in prompt.
  it.each([
    ['/topics/%00', 404],
    ['/articles/a%00b', 404],
    ['/videos/a%00b', 404],
    [`/policies/${'x'.repeat(300)}`, 404],
    ['/campaigns/%2500', 401],
    ['/campaigns/a%00b/quiz', 302],
  ])('answers %s like a missing item (%i), not with the error page', async (pathname, status) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await fetch(stackUrl(pathname), { method, redirect: 'manual' })
      expect(response.status, method).toBe(status)
    }
  })
})
