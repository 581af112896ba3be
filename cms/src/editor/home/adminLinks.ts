import type { PayloadRequest, Where } from 'payload'
import { stringify } from 'qs-esm'

/** The admin's list of a collection filtered by `where`, as the list view reads it from its address. */
export function adminListUrl(req: PayloadRequest, collection: string, where: Where): string {
  return `${req.payload.config.routes.admin}/collections/${collection}${stringify({ where }, { addQueryPrefix: true })}`
}

/** The admin's edit page of one document. */
export function adminDocumentUrl(req: PayloadRequest, collection: string, id: number | string): string {
  return `${req.payload.config.routes.admin}/collections/${collection}/${id}`
}

/** The Chinese plural label of a collection (理论文章, 政策文件…), as the admin shows it. */
export function contentLabel(req: PayloadRequest, collection: string): string {
  const plural = req.payload.collections[collection as keyof typeof req.payload.collections]?.config.labels.plural
  return typeof plural === 'string' ? plural : collection
}
