/**
 * The public paths the side servers answer, named once: the CMS's route table sends them to their server
 * (`cms/src/processes/routeTable.ts`), the servers match requests against these same names (`createSearchServer`,
 * `startTrackingServer`, `createMetricsServer`), and the portal asks them (its search client, the browser's tracker,
 * visit and daily-card scripts). Plain strings, no imports: the portal bundles this module for the browser.
 */
export const publicPaths = {
  search: '/api/search',
  searchSuggest: '/api/search/suggest',
  readingEvents: '/api/reading-events',
  studyVisit: '/api/study/visit/',
  dailyCard: '/api/study/daily-card',
  metrics: '/metrics',
} as const
