import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { answerMissingPreference } from '../../../../errors/answerMissingPreference'
import { refuseInheritedSlug } from '../../../../errors/refuseInheritedSlug'
import { refuseMalformedQuery } from '../../../../errors/refuseMalformedQuery'
import { refuseUnsupportedMethod } from '../../../../errors/refuseUnsupportedMethod'
import { guardRequestBody } from '../../../../limits/guardRequestBody'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

// Every method: a slug every object has, a malformed query, a method the path does not take; then the body.
const guarded = (handler: RouteHandler) => refuseInheritedSlug(refuseMalformedQuery(refuseUnsupportedMethod(config, handler)))

export const GET = guarded(REST_GET(config))
export const POST = guarded(guardRequestBody(REST_POST(config)))
export const DELETE = guarded(guardRequestBody(answerMissingPreference(REST_DELETE(config))))
export const PATCH = guarded(guardRequestBody(REST_PATCH(config)))
export const PUT = guarded(guardRequestBody(REST_PUT(config)))
export const OPTIONS = refuseInheritedSlug(REST_OPTIONS(config))
