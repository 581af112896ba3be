import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { refuseUnreadableGraphQL } from '../../../../errors/refuseUnreadableGraphQL'
import { guardRequestBody } from '../../../../limits/guardRequestBody'

export const POST = guardRequestBody(refuseUnreadableGraphQL(GRAPHQL_POST(config)))
export const OPTIONS = REST_OPTIONS(config)
