import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { failureText } from '../support/failureText'
import { testPayload } from '../support/testPayload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const upload = (name: string, data: Buffer, mimetype = 'application/octet-stream') =>
  payload.create({ collection: 'media', data: { alt: name }, file: { data, name, mimetype, size: data.length } })

describe('media uploads', () => {
  it('refuses a file type the library does not take, saying which types it does take', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const text = await failureText(upload('virus.exe', Buffer.from('MZ not really')))
    expect(text).toContain('不支持该文件类型')
    expect(text).toContain('WebVTT')
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses an oversized subtitle file with its limit', async () => {
    const text = await failureText(upload('huge.vtt', Buffer.alloc(3 * 1024 * 1024, 'a'), 'text/vtt'))
    expect(text).toContain('文件太大：字幕最大 2.0 MB')
  })

  it('stores WebVTT subtitles as text/vtt even when the browser calls them text/plain', async () => {
    const media = await upload('captions.vtt', Buffer.from('WEBVTT\n\n00:00.000 --> 00:02.000\n同志们好\n'), 'text/plain')
    expect(media.mimeType).toBe('text/vtt')
  })
})
