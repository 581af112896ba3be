import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { guardRequestBody } from '../../../../limits/guardRequestBody'

export const POST = guardRequestBody(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
