import { z } from 'zod'

/** The archive member that describes all the others; written last, after every checksum is known. */
export const manifestMemberName = 'manifest.json'

/** Where a table's rows (PostgreSQL COPY text format) and the media files live inside the archive. */
export const tableMemberName = (table: string) => `database/${table}.copy`
export const mediaMemberPrefix = 'media/'
export const secretMemberName = 'payload-secret'

const tableSchema = z.object({
  name: z.string().regex(/^[a-z_][a-z0-9_]*$/),
  columns: z.array(z.string().min(1)).min(1),
  rows: z.number().int().min(0),
  /** md5 over the md5s of every row's text, sorted: what the snapshot saw (see `fingerprintTables`). */
  md5: z.string().regex(/^[0-9a-f]{32}$/),
})

const memberSchema = z.object({
  name: z.string().min(1),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

/** What a backup holds, checked with zod when an archive is read back. */
export const manifestSchema = z.object({
  format: z.literal(1),
  createdAt: z.iso.datetime(),
  app: z.object({ version: z.string(), commit: z.string().optional() }),
  /** Names of the Payload migrations the database had applied, in order. */
  migrations: z.array(z.string()),
  tables: z.array(tableSchema),
  sequences: z.array(z.object({ name: z.string(), value: z.string().regex(/^\d+$/), isCalled: z.boolean() })),
  /** Set when the media were in an S3 bucket: they are not in the archive (the bucket is backed up on its own). */
  mediaBucket: z.object({ bucket: z.string().min(1), endpoint: z.string().optional() }).optional(),
  /** Every other member of the archive, with its size and SHA-256. */
  members: z.array(memberSchema),
})

/** A backup's manifest. */
export type Manifest = z.infer<typeof manifestSchema>
/** One table of a backup: columns, row count and fingerprint. */
export type TableSnapshot = z.infer<typeof tableSchema>
/** One archive member with its checksum. */
export type ManifestMember = z.infer<typeof memberSchema>
