import { s3Storage } from '@payloadcms/storage-s3'
import { env } from '../env'
import { s3ClientConfig } from './objectStorage'

// The newest @payloadcms/storage-s3 (and its plugin-cloud-storage) is 3.90.1, one patch behind payload
// 3.90.2; Payload's start-up version check (outside production only) would stop dev, scripts and tests
// over that. Set here, before Payload starts, because this module is what brings the older packages in.
process.env.PAYLOAD_DISABLE_DEPENDENCY_CHECKER = 'true'

/**
 * Media files go to the S3 bucket when one is configured (else `$PORTAL_DATA_DIR/media`). Files are
 * still served through `/api/media/file/…`, so `canReadMedia` and range requests apply as on disk; the
 * objects are private (no ACL, no signed or direct URLs). The storage fields (`prefix`, `_objectKey`)
 * exist in both modes, so the schema does not depend on where the files are.
 */
export const mediaStorage = s3Storage({
  enabled: env.objectStorage !== null,
  alwaysInsertFields: true,
  collections: { media: true },
  bucket: env.objectStorage?.bucket ?? '',
  config: env.objectStorage ? s3ClientConfig(env.objectStorage) : {},
})
