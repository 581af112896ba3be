import { jsonBodyProblem } from './jsonBody'

// The Content-Types Payload's multipart parser takes (`isEligibleRequest` in payload/uploads): a
// boundary, and only these characters. Anything else (`boundary=%ff%fe`) it refuses with a 500.
const payloadMultipartType = /multipart\/[\w'"()+,./:<=>?@[\\\]^-]+(?:; ?[\w'"()+,./:<=>?@[\\\]^-]*)+$/i

/** Whether Payload's multipart parser would take a body of this `Content-Type` at all. */
export function isReadableMultipartType(contentType: string): boolean {
  return contentType.includes('boundary=') && payloadMultipartType.test(contentType)
}

/**
 * Whether a multipart body can be read as a form: its type is one Payload takes, it parses, and its
 * `_payload` field (the document Payload's admin sends beside a file) is a JSON object Payload can
 * walk. Payload's own parser answers anything else with a 500.
 */
export async function isReadableMultipart(body: Uint8Array, contentType: string): Promise<boolean> {
  if (!isReadableMultipartType(contentType)) return false
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
