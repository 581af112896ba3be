import { describe, expect, it } from 'vitest'
import { parseCmsEnv } from '../../cms/src/env'

const base = { DATABASE_URL: 'postgres://portal@127.0.0.1:5432/portal', PAYLOAD_SECRET: 'x'.repeat(32) }
const bucket = {
  S3_BUCKET: 'xuexi-media',
  S3_REGION: 'cn-north-1',
  S3_ACCESS_KEY_ID: 'key-id',
  S3_SECRET_ACCESS_KEY: 'secret',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_FORCE_PATH_STYLE: 'true',
}

describe('object storage settings', () => {
  it('keeps files on local disk when no S3 setting is given (or they are blank)', () => {
    expect(parseCmsEnv(base).objectStorage).toBeNull()
    expect(parseCmsEnv({ ...base, S3_BUCKET: '', S3_ENDPOINT: '' }).objectStorage).toBeNull()
  })

  it('uses the bucket when every S3 setting is given', () => {
    expect(parseCmsEnv({ ...base, ...bucket }).objectStorage).toEqual({
      bucket: 'xuexi-media',
      region: 'cn-north-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key-id', secretAccessKey: 'secret' },
    })
  })

  it('refuses a partial S3 configuration, naming what is missing, in Chinese', () => {
    expect(() => parseCmsEnv({ ...base, S3_BUCKET: 'xuexi-media', S3_REGION: 'cn-north-1' })).toThrow(
      /对象存储配置不完整：缺少 S3_ACCESS_KEY_ID、S3_SECRET_ACCESS_KEY/,
    )
    expect(() => parseCmsEnv({ ...base, S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow(/缺少 S3_BUCKET、S3_REGION/)
  })
})
