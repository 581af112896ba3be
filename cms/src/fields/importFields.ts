import type { Field } from 'payload'

/** Hidden bookkeeping of `npm run import`: which source an item came from, and a hash of what was imported. */
export const importFields: Field[] = [
  { name: 'importSource', type: 'text', unique: true, index: true, admin: { hidden: true } },
  { name: 'importHash', type: 'text', admin: { hidden: true } },
]
