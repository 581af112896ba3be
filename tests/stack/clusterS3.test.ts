import { randomUUID } from 'node:crypto'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Media } from '@xuexi/contract/payload-types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningStack } from '../../scripts/launcher/startStack'
import { redSquarePng } from '../support/importFixtures'
import { stackAdmin } from '../support/stackAdmin'
import { type RunningCluster, startCluster } from '../support/startCluster'
import { startS3Server, type TestS3Server } from '../support/startS3Server'

// Two complete instances on one PostgreSQL in S3 mode (docs/deploy.md): uploads go to an S3-compatible
// server (s3rver), not the data folder the instances happen to share here, so B can only serve what A
// stored through the bucket.
let s3: TestS3Server
let cluster: RunningCluster
let a: RunningStack
let b: RunningStack
let adminToken: string

beforeAll(async () => {
  s3 = await startS3Server()
  cluster = await startCluster({ name: 'cluster-s3', nginx: false, env: s3.env })
  ;[a, b] = cluster.instances as [RunningStack, RunningStack]
  const login = await fetch(`${a.upstreams.cms}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(stackAdmin),
  })
  adminToken = ((await login.json()) as { token: string }).token
}, 600_000)

afterAll(async () => {
  await cluster?.stop()
  await s3?.stop()
}, 120_000)

const filesUnder = (folder: string) => readdir(folder, { recursive: true }).catch(() => [] as string[])

describe('two instances with uploads on S3-compatible object storage', () => {
  it('serves a file uploaded through A through B from the bucket, whole and as a Range', async () => {
    const bytes = new Uint8Array(await redSquarePng())
    const form = new FormData()
    form.append('file', new Blob([bytes], { type: 'image/png' }), `cluster-s3-${randomUUID().slice(0, 8)}.png`)
    form.append('_payload', JSON.stringify({ alt: '集群对象存储测试图片' }))
    const upload = await fetch(`${a.url}/api/media`, { method: 'POST', body: form, headers: { authorization: `JWT ${adminToken}` } })
    expect(upload.status).toBe(201)
    const media = ((await upload.json()) as { doc: Media }).doc
    expect(await s3.keys()).toContain(media.filename)
    expect(await filesUnder(path.join(cluster.dataDir, 'media'))).toEqual([])

    const served = await fetch(`${b.url}/api/media/file/${media.filename}`, { headers: { authorization: `JWT ${adminToken}` } })
    expect(served.status).toBe(200)
    expect(new Uint8Array(await served.arrayBuffer())).toEqual(bytes)
    const slice = await fetch(`${b.url}/api/media/file/${media.filename}`, {
      headers: { authorization: `JWT ${adminToken}`, range: 'bytes=1-8' },
    })
    expect(slice.status).toBe(206)
    expect(new Uint8Array(await slice.arrayBuffer())).toEqual(bytes.subarray(1, 9))
  })
})
