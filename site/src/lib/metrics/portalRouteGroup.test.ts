import { describe, expect, it } from 'vitest'
import { portalRouteGroup } from './portalRouteGroup'

describe('portalRouteGroup', () => {
  it('tells item pages from section lists', () => {
    expect(portalRouteGroup('/articles/study-notes')).toBe('page/article')
    expect(portalRouteGroup('/policies/charter?from=search')).toBe('page/article')
    expect(portalRouteGroup('/articles')).toBe('page/list')
    expect(portalRouteGroup('/articles?page=2')).toBe('page/list')
    expect(portalRouteGroup('/topics/party-history')).toBe('page/list')
    expect(portalRouteGroup('/')).toBe('page/home')
  })

  it('groups search, campaigns, member and organizer pages, feeds and assets', () => {
    expect(portalRouteGroup('/search?q=党章')).toBe('page/search')
    expect(portalRouteGroup('/campaigns/spring/quiz')).toBe('page/campaign')
    expect(portalRouteGroup('/me')).toBe('page/member')
    expect(portalRouteGroup('/organize/campaigns/3/edit')).toBe('page/organize')
    expect(portalRouteGroup('/feeds/articles.xml')).toBe('feed')
    expect(portalRouteGroup('/sitemap.xml')).toBe('feed')
    expect(portalRouteGroup('/_astro/index.B1x.css')).toBe('static')
    expect(portalRouteGroup('/favicon.svg')).toBe('static')
    expect(portalRouteGroup('/healthz')).toBe('health')
  })

  it('puts made-up paths in other, so they add no label', () => {
    expect(portalRouteGroup('/articles/a/b/c')).toBe('other')
    expect(portalRouteGroup('/wp-login.php?x=1')).toBe('static')
    expect(portalRouteGroup('/random-1234')).toBe('other')
  })
})
