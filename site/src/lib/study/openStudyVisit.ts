import { fetchOwnCms } from '../cms/fetchCms'

/** A visit the CMS opened for the signed-in reader: its ticket, when it began (server time), and whether the item is a favorite. */
export interface StudyVisit {
  visit: string
  startedAt: string
  favorite: boolean
}

/**
 * Opens a study visit of the item for the signed-in reader (`GET /api/study/visit/…`): study time is
 * credited only inside visits the CMS opened. Undefined when the CMS cannot say (the page then carries
 * no tracker: its heartbeats could not be credited).
 */
export async function openStudyVisit(collection: string, itemId: number): Promise<StudyVisit | undefined> {
  try {
    return await fetchOwnCms<StudyVisit>(`/api/study/visit/${collection}/${itemId}`, new URLSearchParams())
  } catch {
    return undefined
  }
}
