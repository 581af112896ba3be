/** 文号: issuer code, year in 〔〕, serial number, 号 — e.g. 中发〔2019〕5号. */
export const documentNumberPattern = /^[\u4e00-\u9fa5A-Za-z]{1,20}〔(?:19|20)\d{2}〕\d{1,4}号$/

/** Normalizes the year brackets people type ([2019], (2019), （2019）, 【2019】) to 〔2019〕 and drops spaces. */
export function normalizeDocumentNumber(text: string): string {
  return text.replace(/\s+/g, '').replace(/[[(（【［]((?:19|20)\d{2})[\])）】］]/, '〔$1〕')
}
