import type { StudySummary } from '../../../../cms/src/tracking/StudySummary'
import { fetchOwnCms } from '../cms/fetchCms'

/** The signed-in reader's own study summary (the CMS answers only for the session's member). */
export function studySummary(): Promise<StudySummary> {
  return fetchOwnCms<StudySummary>('/api/study/summary', new URLSearchParams())
}
