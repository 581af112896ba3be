import { describe, expect, it } from 'vitest'
import { stackUrl } from '../support/cmsApi'

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
})
