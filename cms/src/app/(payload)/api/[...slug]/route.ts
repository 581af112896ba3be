import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { answerMissingPreference } from '../../../../errors/answerMissingPreference'
import { guardRequestBody } from '../../../../limits/guardRequestBody'

export const GET = REST_GET(config)
export const POST = guardRequestBody(REST_POST(config))
export const DELETE = guardRequestBody(answerMissingPreference(REST_DELETE(config)))
export const PATCH = guardRequestBody(REST_PATCH(config))
export const PUT = guardRequestBody(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
