import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectMedia, mediaTarget } from './collectMedia'

describe('media files in an archive', () => {
  it('lists every file under the media folder, in subfolders too, as media/<relative path>', async () => {
    const mediaDir = await mkdtemp(path.join(tmpdir(), 'media-'))
    try {
      await mkdir(path.join(mediaDir, 'sizes'))
      await writeFile(path.join(mediaDir, 'a.png'), 'a')
      await writeFile(path.join(mediaDir, 'sizes', 'a-300x200.png'), 'b')
      expect((await collectMedia(mediaDir)).map((source) => source.name)).toEqual(['media/a.png', 'media/sizes/a-300x200.png'])
    } finally {
      await rm(mediaDir, { recursive: true, force: true })
    }
  })

  it('has no media to list when the folder does not exist', async () => {
    expect(await collectMedia(path.join(tmpdir(), 'no-such-media-folder'))).toEqual([])
  })

  it('restores a member only inside the media folder, refusing names that climb out of it', () => {
    expect(mediaTarget('/data/media', 'media/sizes/a.png')).toBe('/data/media/sizes/a.png')
    for (const hostile of ['media/../payload-secret', 'media/../../etc/cron.d/x', 'media//etc/passwd', 'media/', 'media/sizes/../../x'])
      expect(mediaTarget('/data/media', hostile), hostile).toBeUndefined()
  })
})
