import { describe, expect, it } from 'vitest'
import { normalizeText } from './normalizeText'
import { tokenize } from './tokenize'

const texts = (text: string) => tokenize(normalizeText(text)).map((token) => token.text)

describe('tokenize', () => {
  it.each([
    ['党建', ['党建']],
    ['党建工作', ['党建', '建工', '工作']],
    ['党', ['党']],
    ['学习，党 建', ['学习', '党', '建']],
    ['2024年', ['2024', '年']],
    ['十九大', ['十九', '九大']],
    ['5G网络', ['5g', '网络']],
    ['PDF版', ['pdf', '版']],
    ['ＡＢＣ１２３', ['abc123']],
    ['黨建', ['党建']],
    ['中发〔2019〕5号', ['中发', '2019', '5', '号']],
    ['', []],
    ['+-:^~*', []],
    ['😀党建', ['党建']],
  ])('splits %j into %j', (text, expected) => {
    expect(texts(text)).toEqual(expected)
  })

  it('records where each token starts in the text', () => {
    expect(tokenize('学习2024年').map((token) => [token.text, token.start])).toEqual([
      ['学习', 0],
      ['2024', 2],
      ['年', 6],
    ])
  })
})

describe('normalizeText', () => {
  it.each([
    ['黨建工作與學習', '党建工作与学习'],
    ['ＰＤＦ　文件', 'pdf 文件'],
    ['Party 党建', 'party 党建'],
    ['乾隆', normalizeText('乾隆')],
  ])('folds %j to %j', (text, expected) => {
    expect(normalizeText(text)).toBe(expected)
  })

  it('keeps the length, so offsets in normalized text are offsets in the original', () => {
    for (const text of ['黨建ＡＢＣ　2024年😀', '把为民办实事落到群众心坎上']) expect(normalizeText(text)).toHaveLength(text.length)
  })
})
