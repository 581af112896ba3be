import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { databaseOf } from '../../database/databaseOf'
import type { ExportInput } from '../../exports/organizerExport'
import { exportWorkFile, keepExportFile } from '../../storage/exportFiles'
import { campaignPlanOf } from '../campaignPlanOf'
import { campaignStandings } from '../campaignStandings'
import { branchRollup } from './branchRollup'
import { buildCampaignWorkbook } from './buildCampaignWorkbook'
import { campaignTargetCounts } from './campaignTargetCounts'
import { loadOrganizationTree } from './organizationTree'

/** What the campaignExport job is asked to do: the campaign, who asked, and the organizations they may see (null: all). */
export type CampaignExportInput = ExportInput<'campaign'>

/** The workbook file of an export job (on local disk, or the name of its object in the bucket). */
export function exportFile(jobId: number | string): string {
  return exportWorkFile(`campaign-export-${jobId}.xlsx`)
}

/** Builds the campaign's Excel workbook for the requester's scope into the data directory's `exports/` (then the bucket, if configured). */
export async function writeCampaignExport(
  payload: Payload,
  jobId: number | string,
  input: CampaignExportInput,
): Promise<{ file: string; members: number }> {
  const pool = databaseOf(payload)
  const campaign = await payload.findByID({ collection: 'campaigns', id: input.campaign, depth: 0, overrideAccess: true })
  const plan = campaignPlanOf(campaign)
  const [standings, tree, targetCounts] = await Promise.all([
    campaignStandings(pool, plan, { organizationIds: input.scope }),
    loadOrganizationTree(pool),
    campaignTargetCounts(pool, plan.id, input.scope),
  ])
  const file = exportFile(jobId)
  await mkdir(path.dirname(file), { recursive: true })
  await buildCampaignWorkbook(file, {
    title: campaign.title,
    itemCount: plan.items.length,
    standings,
    tree,
    branches: branchRollup(tree, input.scope, standings, targetCounts),
  })
  await keepExportFile(file)
  return { file: path.basename(file), members: standings.length }
}
