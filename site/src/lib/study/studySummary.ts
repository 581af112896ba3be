import type { StudySummary } from '@xuexi/contract/study/StudySummary'
import { fetchOwnStudy } from '../cms/fetchCms'

/** The signed-in reader's own study summary (the CMS answers only for the session's member). */
export function studySummary(): Promise<StudySummary> {
  return fetchOwnStudy<StudySummary>('/api/study/summary')
}
