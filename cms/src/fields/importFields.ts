import type { Field } from 'payload'
import { staffOnlyField } from '../access/fieldAccess'

/** Hidden bookkeeping of `npm run import`: which source an item came from, and a hash of what was imported (staff read them only). */
export const importFields: Field[] = [
  { name: 'importSource', type: 'text', unique: true, index: true, access: { read: staffOnlyField }, admin: { hidden: true } },
  { name: 'importHash', type: 'text', access: { read: staffOnlyField }, admin: { hidden: true } },
]
