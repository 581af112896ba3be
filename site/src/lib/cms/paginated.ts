/** One page of a Payload REST list response. */
export interface Paginated<T> {
  docs: T[]
  totalDocs: number
  totalPages: number
  page: number
  limit: number
  hasPrevPage: boolean
  hasNextPage: boolean
}
