import { fetchCms } from '../cms/fetchCms'

/** Whether the signed-in reader has marked the item as a favorite; false when the CMS cannot say. */
export async function isFavorite(collection: string, itemId: number): Promise<boolean> {
  try {
    const answer = await fetchCms<{ favorite: boolean }>(`/api/study/favorites/${collection}/${itemId}`, new URLSearchParams())
    return answer.favorite === true
  } catch {
    return false
  }
}
