import { describe, expect, it } from 'vitest'
import { cmsRouteGroup } from './cmsRouteGroup'

describe('cmsRouteGroup', () => {
  it('groups search, tracking and the study endpoints apart from the content API', () => {
    expect(cmsRouteGroup('/api/search?q=党章')).toBe('search')
    expect(cmsRouteGroup('/api/search/suggest?q=d')).toBe('search')
    expect(cmsRouteGroup('/api/reading-events')).toBe('tracking')
    expect(cmsRouteGroup('/api/study/summary')).toBe('api/study')
    expect(cmsRouteGroup('/api/articles?where[slug][equals]=a')).toBe('api/content')
    expect(cmsRouteGroup('/api/graphql')).toBe('api/content')
    expect(cmsRouteGroup('/api/users/login')).toBe('api/account')
  })

  it('does not take a longer word for a prefix', () => {
    expect(cmsRouteGroup('/api/searches')).toBe('api/content')
    expect(cmsRouteGroup('/administrator')).toBe('other')
    expect(cmsRouteGroup('/metricsx')).toBe('other')
  })

  it('puts assets, the admin, health and metrics in their own groups and anything else in other', () => {
    expect(cmsRouteGroup('/_next/static/chunks/a.js')).toBe('static')
    expect(cmsRouteGroup('/api/media/file/a.png')).toBe('static')
    expect(cmsRouteGroup('/admin/collections/articles')).toBe('admin')
    expect(cmsRouteGroup('/api/health')).toBe('health')
    expect(cmsRouteGroup('/metrics')).toBe('metrics')
    expect(cmsRouteGroup('/%2e%2e/etc/passwd')).toBe('other')
  })
})
