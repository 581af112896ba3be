import type { CampaignReport } from '@xuexi/contract/campaigns/CampaignReport'
import { env } from '../../env'
import { CmsError } from '../cms/CmsError'
import { requestCms } from '../cms/requestCms'
import { ownReaderToken } from '../session/readerContext'

/** The dashboard data of a campaign for the signed-in organizer; null when the CMS says it is not theirs (403/404). */
export async function organizerReport(id: number): Promise<CampaignReport | null> {
  const url = `${env.CMS_URL}/api/campaigns/${id}/report`
  const response = await requestCms(url, { token: ownReaderToken() })
  if (response.status === 403 || response.status === 404) return null
  if (!response.ok) throw CmsError.fromResponse(response, url)
  return (await response.json()) as CampaignReport
}

export type { CampaignReport }
