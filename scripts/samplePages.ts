/**
 * One page of every type the portal serves, on the sample library in content/: what the browser
 * tests screenshot and bench:lighthouse measures.
 */
export const samplePages = {
  home: '/',
  articles: '/articles',
  article: '/articles/red-family-tradition',
  policies: '/policies',
  policy: '/policies/party-member-points-2025',
  videos: '/videos',
  video: '/videos/story-night-school',
  lectures: '/lectures',
  lecture: '/lectures/micro-lesson-party-spirit',
  topics: '/topics',
  topic: '/topics/red-culture',
  announcements: '/announcements',
  announcement: '/announcements/portal-trial-launch',
  login: '/login',
} as const

/** A page type of the sample library. */
export type SamplePage = keyof typeof samplePages
