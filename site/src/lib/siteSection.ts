/** The top-level sections of the portal's navigation; a page names the one it belongs to. */
export type SiteSection =
  | 'home'
  | 'articles'
  | 'policies'
  | 'videos'
  | 'lectures'
  | 'topics'
  | 'announcements'
  | 'search'
  | 'campaigns'
  | 'organize'
  | 'contests'
  | 'topicQuizzes'
