import { type APIError, formatErrors } from 'payload'
import type { SideServerAnswer } from '../processes/sideServer'

/** A deliberate refusal answered as Payload's REST API answers it: `{ errors: [{ name, message, data: { code } }] }`. */
export function refusalAnswer(error: APIError): SideServerAnswer {
  return { status: error.status, body: JSON.stringify(formatErrors(error)) }
}
