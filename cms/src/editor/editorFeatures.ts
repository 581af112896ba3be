import { EXPERIMENTAL_TableFeature, type LexicalEditorProps } from '@payloadcms/richtext-lexical'

/** Rich-text features of every body: Payload's defaults plus tables (imported Word and Markdown tables). */
export const editorFeatures: NonNullable<LexicalEditorProps['features']> = ({ defaultFeatures }) => [
  ...defaultFeatures,
  EXPERIMENTAL_TableFeature(),
]
