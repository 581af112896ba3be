import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { answerMissingPreference } from '../../../../errors/answerMissingPreference'
import { refuseInheritedSlug } from '../../../../errors/refuseInheritedSlug'
import { guardRequestBody } from '../../../../limits/guardRequestBody'

export const GET = refuseInheritedSlug(REST_GET(config))
export const POST = refuseInheritedSlug(guardRequestBody(REST_POST(config)))
export const DELETE = refuseInheritedSlug(guardRequestBody(answerMissingPreference(REST_DELETE(config))))
export const PATCH = refuseInheritedSlug(guardRequestBody(REST_PATCH(config)))
export const PUT = refuseInheritedSlug(guardRequestBody(REST_PUT(config)))
export const OPTIONS = refuseInheritedSlug(REST_OPTIONS(config))
