/**
 * The fields of a posted form. A body that is not a readable form (a broken multipart boundary, a
 * JSON or binary body, a truncated upload) counts as an empty form, so each page answers it with
 * its own 400 and message instead of an error page.
 */
export async function readForm(request: Request): Promise<Record<string, FormDataEntryValue>> {
  try {
    return Object.fromEntries(await request.formData())
  } catch {
    return {}
  }
}
