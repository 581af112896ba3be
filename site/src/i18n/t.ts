import { type StringKey, zhCN } from './zh-CN'

/** Looks up a UI string and fills `{name}` placeholders. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return zhCN[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole))
}
