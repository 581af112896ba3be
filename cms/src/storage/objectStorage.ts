import { S3 } from '@aws-sdk/client-s3'
import { env, type ObjectStorageSettings } from '../env'

/** The bucket's client settings (the same for the media plugin and the export files). */
export function s3ClientConfig(settings: ObjectStorageSettings) {
  return {
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
    // Checksums only where S3 requires them: many S3-compatible servers do not understand the
    // `aws-chunked` bodies that the SDK's default checksums produce, and would store them as the file.
    requestChecksumCalculation: 'WHEN_REQUIRED' as const,
    responseChecksumValidation: 'WHEN_REQUIRED' as const,
  }
}

let client: S3 | undefined

/** The configured bucket and one shared client for it; null when files stay on local disk. */
export function objectStorage(): { bucket: string; client: S3 } | null {
  const settings = env.objectStorage
  if (!settings) return null
  client ??= new S3(s3ClientConfig(settings))
  return { bucket: settings.bucket, client }
}
