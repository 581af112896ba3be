import type { StudySummary } from '../../../../cms/src/tracking/StudySummary'
import { fetchCms } from '../cms/fetchCms'

/** The signed-in reader's own study summary (the CMS answers only for the session's member). */
export function studySummary(): Promise<StudySummary> {
  return fetchCms<StudySummary>('/api/study/summary', new URLSearchParams())
}
