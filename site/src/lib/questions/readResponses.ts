import type { Responses } from '@xuexi/contract/questions/answersInput'

/** The form field that carries the response to question `id`. */
export const responseField = (id: number) => `q${id}`

/**
 * The responses in a posted quiz form, keyed by question id (fields `q<id>`, several values for
 * multiple choice); empty when the body is not a readable form.
 */
export async function readResponses(request: Request): Promise<{ fields: FormData | null; responses: Responses }> {
  const fields = await request.formData().catch(() => null)
  const responses: Responses = {}
  for (const [name, value] of fields?.entries() ?? []) {
    const id = /^q(\d{1,12})$/.exec(name)?.[1]
    if (!id || typeof value !== 'string') continue
    const text = value.trim()
    if (text !== '') responses[id] = [...(responses[id] ?? []), text]
  }
  return { fields, responses }
}
