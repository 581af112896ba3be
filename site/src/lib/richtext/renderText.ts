import { escapeMarkup } from '../escapeMarkup'

// Lexical stores text formats as a bit mask.
const formats: Array<[bit: number, tag: string]> = [
  [16, 'code'],
  [1, 'strong'],
  [2, 'em'],
  [8, 'u'],
  [4, 's'],
  [32, 'sub'],
  [64, 'sup'],
]

/** Renders a Lexical text node with its bold/italic/underline/… formats. */
export function renderText(text: string, format: number | string | undefined): string {
  const mask = typeof format === 'number' ? format : 0
  return formats.reduce((html, [bit, tag]) => ((mask & bit) !== 0 ? `<${tag}>${html}</${tag}>` : html), escapeMarkup(text))
}
