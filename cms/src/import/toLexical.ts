import { randomBytes } from 'node:crypto'
import { convertHTMLToLexical, convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { SanitizedConfig } from 'payload'
import { editorFeatures } from '../editor/editorFeatures'
import type { SourceDocument } from './readers/SourceDocument'

type Node = { type: string; text?: string; children?: Node[]; [key: string]: unknown }
type MediaId = number | string

const markerPattern = /UPLOAD§([^§]+)§/

/** Converts a body (Markdown or HTML) to Lexical JSON; images whose reference is in `uploads` become upload nodes. */
export async function toLexical(options: {
  config: SanitizedConfig
  body: SourceDocument['body']
  uploads: ReadonlyMap<string, MediaId>
}): Promise<{ root: Node }> {
  const marker = (reference: string) => {
    const id = options.uploads.get(reference)
    return id === undefined ? undefined : `UPLOAD§${id}§`
  }
  const editorConfig = await editorConfigFactory.fromFeatures({ config: options.config, features: editorFeatures })
  let state: unknown
  if (options.body.format === 'markdown') {
    const markdown = options.body.text.replace(/!\[[^\]]*\]\(([^)\s]+)\)/g, (whole, reference: string) => {
      const text = marker(reference)
      return text ? `\n\n${text}\n\n` : whole
    })
    state = convertMarkdownToLexical({ editorConfig, markdown })
  } else {
    const html = options.body.text.replace(/<img[^>]*\ssrc="([^"]+)"[^>]*>/g, (_image, reference: string) => marker(reference) ?? '')
    state = convertHTMLToLexical({ editorConfig, html, JSDOM })
  }
  const root = (state as { root: Node }).root
  root.children = replaceMarkers(root.children ?? [])
  return { root }
}

// A paragraph that holds only a marker becomes the upload; a marker inside text is moved after its paragraph.
function replaceMarkers(nodes: Node[]): Node[] {
  return nodes.flatMap((node) => {
    const text = textOf(node)
    const match = markerPattern.exec(text)
    if (!match) return [{ ...node, ...(node.children ? { children: replaceMarkers(node.children) } : {}) }]
    const upload = uploadNode(match[1] ?? '')
    if (text.trim() === match[0]) return [upload]
    return [stripMarkers(node), upload]
  })
}

function textOf(node: Node): string {
  return node.type === 'text' ? (node.text ?? '') : (node.children ?? []).map(textOf).join('')
}

function stripMarkers(node: Node): Node {
  if (node.type === 'text') return { ...node, text: (node.text ?? '').replace(new RegExp(markerPattern, 'g'), '') }
  return { ...node, children: (node.children ?? []).map(stripMarkers) }
}

function uploadNode(id: string): Node {
  const value = /^\d+$/.test(id) ? Number(id) : id
  return { type: 'upload', version: 3, format: '', id: randomBytes(12).toString('hex'), fields: {}, relationTo: 'media', value }
}
