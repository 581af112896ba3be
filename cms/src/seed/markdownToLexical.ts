import { convertMarkdownToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import type { SanitizedConfig } from 'payload'

/** Converts Markdown to the Lexical JSON stored in rich-text fields; `uploads` maps image references to media ids. */
export async function markdownToLexical(options: {
  config: SanitizedConfig
  markdown: string
  uploads?: ReadonlyMap<string, number | string>
}): Promise<ReturnType<typeof convertMarkdownToLexical>> {
  // Payload's upload transformer reads `![collection:id]()` placeholders as upload nodes.
  const markdown = options.markdown.replace(/!\[[^\]]*\]\(([^)\s]+)\)/g, (whole, reference: string) => {
    const id = options.uploads?.get(reference)
    return id === undefined ? whole : `![media:${id}]()`
  })
  const editorConfig = await editorConfigFactory.default({ config: options.config })
  return convertMarkdownToLexical({ editorConfig, markdown })
}
