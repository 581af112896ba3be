import { jsonBodyProblem } from './jsonBodyProblem'

/**
 * Whether a multipart body can be read as a form: it parses, and its `_payload` field (the document
 * Payload's admin sends beside a file) is a JSON object Payload can walk. Payload's own parser answers
 * anything else with a 500.
 */
export async function isReadableMultipart(body: Uint8Array, contentType: string): Promise<boolean> {
  let form: FormData
  try {
    form = await new Response(body as Uint8Array<ArrayBuffer>, { headers: { 'content-type': contentType } }).formData()
  } catch {
    return false
  }
  const document = form.get('_payload')
  if (typeof document !== 'string') return true
  return jsonBodyProblem(Buffer.from(document)) === null
}
