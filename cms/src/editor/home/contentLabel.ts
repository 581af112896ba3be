import type { PayloadRequest } from 'payload'

/** The Chinese plural label of a collection (理论文章, 政策文件…), as the admin shows it. */
export function contentLabel(req: PayloadRequest, collection: string): string {
  const plural = req.payload.collections[collection as keyof typeof req.payload.collections]?.config.labels.plural
  return typeof plural === 'string' ? plural : collection
}
