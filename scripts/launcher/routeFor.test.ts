import { describe, expect, it } from 'vitest'
import { routeFor } from './routeFor'

describe('routeFor', () => {
  it('sends the admin, the API, uploads, Next assets and its development overlay to the CMS', () => {
    expect(routeFor('/admin')).toBe('cms')
    expect(routeFor('/admin/')).toBe('cms')
    expect(routeFor('/api')).toBe('cms')
    expect(routeFor('/api/media')).toBe('cms')
    expect(routeFor('/api/media/file/poster.jpg')).toBe('cms')
    expect(routeFor('/__nextjs_original-stack-frames')).toBe('cms')
    expect(routeFor('/admin/collections/articles?limit=10')).toBe('cms')
    expect(routeFor('/api/articles?where[_status][equals]=published')).toBe('cms')
    expect(routeFor('/_next/static/chunks/main.js')).toBe('cms')
  })

  it('sends search to the search server, and only search', () => {
    expect(routeFor('/api/search?q=党建')).toBe('search')
    expect(routeFor('/api/search/suggest?q=dj')).toBe('search')
    expect(routeFor('/api/searches')).toBe('cms')
  })

  it('sends heartbeats, visit openings and the daily-quiz card to the tracking server, and nothing else', () => {
    expect(routeFor('/api/reading-events')).toBe('tracking')
    expect(routeFor('/api/reading-events?retry=1')).toBe('tracking')
    expect(routeFor('/api/study/visit/articles/12')).toBe('tracking')
    expect(routeFor('/api/study/daily-card')).toBe('tracking')
    expect(routeFor('/api/reading-events/other')).toBe('cms')
    expect(routeFor('/api/study/summary')).toBe('cms')
    expect(routeFor('/api/study/visitors')).toBe('cms')
    expect(routeFor('/api/portal/session')).toBe('cms')
  })

  it('sends a contest attempt’s start, paper, answers and hand-in to the tracking server, and nothing else of contests', () => {
    expect(routeFor('/api/contests/7/attempts')).toBe('tracking')
    expect(routeFor('/api/contests/7/attempts/1')).toBe('tracking')
    expect(routeFor('/api/contests/7/attempts/1/answers')).toBe('tracking')
    expect(routeFor('/api/contests/7/attempts/1/submission?again=1')).toBe('tracking')
    expect(routeFor('/api/contests/7')).toBe('cms')
    expect(routeFor('/api/contests/7/leaderboard')).toBe('cms')
    expect(routeFor('/api/contests/7/attempts/1/other')).toBe('cms')
    expect(routeFor('/api/contests/x/attempts')).toBe('cms')
  })

  it('sends /metrics to the metrics server, and only /metrics', () => {
    expect(routeFor('/metrics')).toBe('metrics')
    expect(routeFor('/metrics?name[]=xuexi_jobs')).toBe('metrics')
    expect(routeFor('/metrics/other')).toBe('site')
    expect(routeFor('/metricsx')).toBe('site')
  })

  it('sends a slash-ended prefix asked for without its slash where nginx redirects it', () => {
    expect(routeFor('/_next')).toBe('cms')
    expect(routeFor('/api/study/visit')).toBe('tracking')
  })

  it('sends portal pages, including look-alike paths, to the site', () => {
    expect(routeFor('/')).toBe('site')
    expect(routeFor('/articles/study-notes')).toBe('site')
    expect(routeFor('/administration-guide')).toBe('site')
    expect(routeFor('/apiary')).toBe('site')
    expect(routeFor('/_astro/index.css')).toBe('site')
  })
})
