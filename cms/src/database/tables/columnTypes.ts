import { customType } from '@payloadcms/db-postgres/drizzle/pg-core'

// PostgreSQL types drizzle has no column builder for; values travel as PostgreSQL's text form.

/** A set of integer ranges (`int4multirange`), e.g. the seconds of a video watched: `{[0,30),[45,60)}`. */
export const int4multirange = customType<{ data: string; driverData: string }>({ dataType: () => 'int4multirange' })

/** A set of time ranges (`tstzmultirange`), e.g. a member's credited study time. */
export const tstzmultirange = customType<{ data: string; driverData: string }>({ dataType: () => 'tstzmultirange' })

/** A full transaction id (`xid8`), e.g. what `pg_current_xact_id()` answers. */
export const xid8 = customType<{ data: string; driverData: string }>({ dataType: () => 'xid8' })
