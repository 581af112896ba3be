import { escapeMarkup } from '../escapeMarkup'
import type { LexicalDocument, LexicalNode } from './lexicalNode'
import { renderText } from './renderText'
import { renderUpload } from './renderUpload'
import { safeHref } from './safeHref'

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

// Headings are numbered in document order; `headingOutline` uses the same ids for the table of contents.
interface RenderState {
  headings: number
}

/** Renders Payload's Lexical rich text to safe HTML; unknown nodes keep their children's text. */
export function renderLexical(document: LexicalDocument | null | undefined): string {
  return document?.root ? renderChildren(document.root, { headings: 0 }) : ''
}

function renderChildren(node: LexicalNode, state: RenderState): string {
  return (node.children ?? []).map((child) => renderNode(child, state)).join('')
}

function renderNode(node: LexicalNode, state: RenderState): string {
  const inner = () => renderChildren(node, state)
  switch (node.type) {
    case 'text':
      return renderText(node.text ?? '', node.format)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph':
      return node.children?.length ? `<p>${inner()}</p>` : ''
    case 'heading': {
      // The page title is the only h1; headings inside the body start at h2.
      const tag = headingTags.has(node.tag ?? '') && node.tag !== 'h1' ? node.tag : 'h2'
      state.headings += 1
      return `<${tag} id="${headingId(state.headings)}">${inner()}</${tag}>`
    }
    case 'quote':
      return `<blockquote><p>${inner()}</p></blockquote>`
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${inner()}</${tag}>`
    }
    case 'listitem':
      return `<li>${inner()}</li>`
    case 'link':
    case 'autolink':
      return renderLink(node, inner())
    case 'horizontalrule':
      return '<hr>'
    case 'table':
      return `<div class="table-wrap"><table>${inner()}</table></div>`
    case 'tablerow':
      return `<tr>${inner()}</tr>`
    case 'tablecell': {
      const tag = node.headerState ? 'th' : 'td'
      const span = node.colSpan && node.colSpan > 1 ? ` colspan="${node.colSpan}"` : ''
      return `<${tag}${span}>${inner()}</${tag}>`
    }
    case 'upload':
      return renderUpload(node.value)
    default:
      return inner()
  }
}

function renderLink(node: LexicalNode, content: string): string {
  const href = safeHref(node.fields?.url)
  if (!href) return content
  const external = /^https?:/i.test(href)
  const target = node.fields?.newTab ? ' target="_blank"' : ''
  const rel = external || node.fields?.newTab ? ' rel="noopener noreferrer"' : ''
  return `<a href="${escapeMarkup(href)}"${target}${rel}>${content}</a>`
}

/** The id of the n-th heading (1-based) of a rendered body. */
export function headingId(n: number): string {
  return `section-${n}`
}
