import type { ManagedCampaign } from '@xuexi/contract/campaigns/ManagedCampaign'
import type { Campaign, Organization } from '@xuexi/contract/payload-types'
import { fetchAllPages } from '../cms/fetchAllPages'
import { fetchOwnCms } from '../cms/fetchCms'

/** The campaigns the signed-in organizer manages, with enrolment counts in their reach. */
export async function managedCampaigns(): Promise<ManagedCampaign[]> {
  return (await fetchOwnCms<{ docs: ManagedCampaign[] }>('/api/campaigns/managed', new URLSearchParams())).docs
}

/** A campaign the signed-in organizer manages, in full (reading-list titles included), or null when it is not theirs. */
export async function managedCampaign(id: number): Promise<Campaign | null> {
  if (!(await managedCampaigns()).some((campaign) => campaign.id === id)) return null
  return fetchOwnCms<Campaign>(`/api/campaigns/${id}`, new URLSearchParams({ depth: '1' }))
}

/** Every organization (name, parent), for the target picker; the CMS shows them to signed-in users only. */
export async function allOrganizations(): Promise<Array<Pick<Organization, 'id' | 'name' | 'parent'>>> {
  const query = new URLSearchParams({ depth: '0', sort: 'id', 'select[name]': 'true', 'select[parent]': 'true' })
  return fetchAllPages<Pick<Organization, 'id' | 'name' | 'parent'>>('/api/organizations', query)
}

export type { ManagedCampaign }
