import { stackUrl } from './cmsApi'
import { parsePrometheusText, sampleSum } from './prometheusText'

/** Statements the stack's CMS pool has sent so far (`xuexi_db_statements_total`, Payload's and ours); a scrape adds one of its own. */
export async function cmsStatements(): Promise<number> {
  const response = await fetch(stackUrl('/metrics'))
  return sampleSum(parsePrometheusText(await response.text()), 'xuexi_db_statements_total')
}
