import { slugPattern } from '@xuexi/contract/content/slugPattern'
import { describe, expect, it } from 'vitest'
import { slugify } from './slugField'

describe('slugify', () => {
  it('spells Chinese titles in toneless pinyin words', () => {
    expect(slugify('让理论学习成为日常功课')).toBe('rang-li-lun-xue-xi-cheng-wei-ri-chang-gong-ke')
  })

  it('keeps Latin words and numbers and drops punctuation', () => {
    expect(slugify('2026年“5G+党建”学习指南！')).toBe('2026-nian-5g-dang-jian-xue-xi-zhi-nan')
  })

  it('stops at a word boundary before 60 characters', () => {
    const slug = slugify('关于进一步加强和改进新形势下基层党组织书记队伍建设与党员教育管理工作的实施意见')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug.endsWith('-')).toBe(false)
  })

  it('always yields a valid slug, even from punctuation only', () => {
    for (const title of ['！！！', 'A', '〔2019〕']) expect(slugify(title)).toMatch(slugPattern)
  })
})
