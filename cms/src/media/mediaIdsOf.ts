import type { Field } from 'payload'
import { idOf } from '../utilities/idOf'

/**
 * Ids of every media file a document uses, found through its collection's fields: upload fields
 * (single or many, inside groups, arrays and rows) and upload nodes in rich text (Lexical).
 */
export function mediaIdsOf(fields: readonly Field[], data: unknown): Set<number> {
  const found = new Set<number>()
  collect(fields, data, found)
  return found
}

function collect(fields: readonly Field[], data: unknown, found: Set<number>): void {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) collect(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record, found)
      continue
    }
    if (!('name' in field)) {
      if ('fields' in field) collect(field.fields, record, found)
      continue
    }
    const value = record[field.name]
    if (field.type === 'upload' && field.relationTo === 'media') {
      for (const entry of Array.isArray(value) ? value : [value]) addId(entry, found)
    } else if (field.type === 'group') {
      collect(field.fields, value, found)
    } else if (field.type === 'array' && Array.isArray(value)) {
      for (const row of value) collect(field.fields, row, found)
    } else if (field.type === 'richText') {
      lexicalUploads(value, found)
    }
  }
}

function lexicalUploads(node: unknown, found: Set<number>): void {
  if (!node || typeof node !== 'object') return
  const record = node as { type?: unknown; relationTo?: unknown; value?: unknown; root?: unknown; children?: unknown }
  if (record.type === 'upload' && record.relationTo === 'media') addId(record.value, found)
  if (record.root) lexicalUploads(record.root, found)
  if (Array.isArray(record.children)) for (const child of record.children) lexicalUploads(child, found)
}

function addId(value: unknown, found: Set<number>): void {
  const id = idOf(value)
  if (typeof id === 'number') found.add(id)
}
