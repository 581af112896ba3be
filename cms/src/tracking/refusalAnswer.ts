import { type APIError, formatErrors } from 'payload'

/** An HTTP answer of the tracking server: status and JSON body. */
export interface TrackingAnswer {
  status: number
  body: string
}

/** A deliberate refusal answered as Payload's REST API answers it: `{ errors: [{ name, message, data: { code } }] }`. */
export function refusalAnswer(error: APIError): TrackingAnswer {
  return { status: error.status, body: JSON.stringify(formatErrors(error)) }
}
