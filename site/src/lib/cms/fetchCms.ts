import { env } from '../../env'
import { readerClassCredential, readerClassKey } from '../session/readerClass'
import { currentReader, keepForNobody, ownReaderToken, ownStudyReaderToken } from '../session/readerContext'
import { CmsError } from './CmsError'
import { cachedCmsRead, type SizedRead } from './cmsCache'
import { type CmsCredentials, requestCms } from './requestCms'

/**
 * GETs content from a CMS REST path, parsed, as the reader's visibility class: anonymous reads and a
 * plain member's reads (sent with the class's credential, so the CMS decides what the class sees and
 * the answer names nobody) are shared and cached per class; staff and organizers read with their own
 * session, uncached.
 */
export function fetchCms<T>(path: string, query: URLSearchParams): Promise<T> {
  const url = `${env.CMS_URL}${path}?${query.toString()}`
  const reader = currentReader()
  if (!reader) return cachedCmsRead(url, () => load<T>(url, {}))
  const readerClass = reader.readerClass
  if (!readerClass) return load<T>(url, { token: reader.token }).then((read) => read.value)
  return cachedCmsRead(`${readerClassKey(readerClass)} ${url}`, () => load<T>(url, { readerClass: readerClassCredential(readerClass) }))
}

/**
 * GETs what the CMS keeps about the signed-in reader themself (study summary and visits, campaign
 * standing, notices, an organizer's campaigns), with their session and never cached.
 */
export async function fetchOwnCms<T>(path: string, query: URLSearchParams): Promise<T> {
  return (await load<T>(`${env.CMS_URL}${path}?${query.toString()}`, { token: ownReaderToken() })).value
}

/**
 * GETs one of the reader's own reads that the CMS's tracking server answers with Payload's own handler
 * but without its request path (`answerMemberEndpoint`: 我的学习's summary, campaigns and notices, a campaign's
 * standing and leaderboard), with their session, never cached as a read; Payload's REST path when
 * `CMS_TRACKING_URL` is unset. Member change notices follow all of it, so the page may be kept for the
 * reader (`memberPages`); name the `campaign` when the answer shows other members' part in it.
 */
export async function fetchOwnStudy<T>(path: string, campaign?: number): Promise<T> {
  const url = `${env.CMS_TRACKING_URL ?? env.CMS_URL}${path}`
  try {
    return (await load<T>(url, { token: ownStudyReaderToken(campaign) })).value
  } catch (error) {
    // Pages show a failed read as an error message: that is not the member's data, so it is not kept.
    keepForNobody()
    throw error
  }
}

async function load<T>(url: string, credentials: CmsCredentials): Promise<SizedRead<T>> {
  const response = await requestCms(url, credentials)
  if (!response.ok) throw CmsError.fromResponse(response, url)
  const text = await response.text()
  // Parsed JSON takes roughly what its text takes as a JavaScript string (two bytes a character).
  return { value: JSON.parse(text) as T, bytes: text.length * 2 }
}
