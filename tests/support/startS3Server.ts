import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { S3 } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

/** A running S3-compatible server for tests: its bucket, the CMS settings that point at it, and a client. */
export interface TestS3Server {
  endpoint: string
  bucket: string
  /** The `S3_*` settings that put a stack's media and exports into this bucket. */
  env: Record<string, string>
  client: S3
  /** Every object key in the bucket, sorted. */
  keys: () => Promise<string[]>
  stop: () => Promise<void>
}

// s3rver checks request signatures against its one built-in account.
const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' }

/** Starts s3rver (a real S3 API over HTTP) on a free loopback port and a temporary folder, with one empty bucket. */
export async function startS3Server(bucket = 'xuexi-test'): Promise<TestS3Server> {
  const directory = await mkdtemp(path.join(tmpdir(), 's3rver-'))
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket, configs: [] }] })
  const { port } = (await server.run()) as { port: number }
  const endpoint = `http://127.0.0.1:${port}`
  const client = new S3({
    region: 'us-east-1',
    endpoint,
    forcePathStyle: true,
    credentials,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
  return {
    endpoint,
    bucket,
    env: {
      S3_BUCKET: bucket,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      S3_ENDPOINT: endpoint,
      S3_FORCE_PATH_STYLE: 'true',
    },
    client,
    keys: async () => {
      const listed = await client.listObjectsV2({ Bucket: bucket })
      return (listed.Contents ?? []).map((object) => object.Key ?? '').sort()
    },
    stop: async () => {
      client.destroy()
      await server.close()
      await rm(directory, { recursive: true, force: true })
    },
  }
}
