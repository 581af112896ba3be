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
})
