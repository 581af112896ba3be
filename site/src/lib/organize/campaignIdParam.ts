/** The campaign id in an organizer page's path, or null when it is not a positive whole number. */
export function campaignIdParam(value: string | undefined): number | null {
  const id = Number(value)
  return Number.isSafeInteger(id) && id > 0 ? id : null
}
