/** One sample of a Prometheus text exposition: metric name, labels and value. */
export interface Sample {
  name: string
  labels: Record<string, string>
  value: number
}

/** A parsed exposition: each family's type, and every sample. */
export interface Exposition {
  types: Map<string, string>
  samples: Sample[]
}

const metricName = '[a-zA-Z_:][a-zA-Z0-9_:]*'
const labelPair = '[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*"'
// Prometheus reads values with Go's ParseFloat, which takes NaN and Inf in any case (prom-client writes `Nan`).
const number = '(?:[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|[nN][aA][nN]|[+-]?[iI][nN][fF])'
const sampleLine = new RegExp(`^(${metricName})(?:\\{((?:${labelPair})(?:,${labelPair})*)?,?\\})? (${number})(?: -?\\d+)?$`)
const commentLine = new RegExp(`^# (HELP|TYPE) (${metricName}) (.*)$`)
const types = new Set(['counter', 'gauge', 'histogram', 'summary', 'untyped'])
const suffixes: Record<string, string[]> = {
  counter: [''],
  gauge: [''],
  untyped: [''],
  histogram: ['_bucket', '_sum', '_count'],
  summary: ['', '_sum', '_count'],
}

/**
 * Parses Prometheus text format (version 0.0.4) strictly: every line is empty (ignored), HELP, TYPE or a
 * sample of the family declared last; each family is declared once and its samples are contiguous. Throws on the
 * first line that breaks a rule, naming it.
 */
export function parsePrometheusText(text: string): Exposition {
  if (!text.endsWith('\n')) throw new Error('the exposition does not end with a newline')
  const exposition: Exposition = { types: new Map(), samples: [] }
  const closed = new Set<string>()
  let family: { name: string; type: string } | null = null
  for (const [index, line] of text.slice(0, -1).split('\n').entries()) {
    const fail = (why: string) => new Error(`line ${index + 1} (${JSON.stringify(line)}): ${why}`)
    if (line === '') continue
    const comment = commentLine.exec(line)
    if (comment) {
      const [, kind, name = '', rest = ''] = comment
      if (family && family.name !== name) closed.add(family.name)
      if (closed.has(name)) throw fail(`family ${name} appears twice`)
      if (kind === 'TYPE') {
        if (!types.has(rest)) throw fail(`unknown type ${rest}`)
        if (exposition.types.has(name)) throw fail(`second TYPE for ${name}`)
        exposition.types.set(name, rest)
      }
      family = { name, type: exposition.types.get(name) ?? 'untyped' }
      continue
    }
    const sample = sampleLine.exec(line)
    if (!sample) throw fail('neither HELP, TYPE nor a sample')
    const [, name = '', labelText = '', value = ''] = sample
    if (!family || !(suffixes[family.type] ?? []).some((suffix) => name === `${family?.name}${suffix}`)) {
      throw fail(`sample outside its family (${family?.name ?? 'none declared'})`)
    }
    const labels: Record<string, string> = {}
    for (const [, key = '', raw = ''] of labelText.matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"/g)) {
      if (key in labels) throw fail(`label ${key} twice`)
      labels[key] = raw.replace(/\\(["\\n])/g, (_, escaped: string) => (escaped === 'n' ? '\n' : escaped))
    }
    exposition.samples.push({ name, labels, value: sampleValue(value) })
  }
  return exposition
}

function sampleValue(text: string): number {
  if (/^nan$/i.test(text)) return Number.NaN
  if (/^[+-]?inf$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity
  return Number(text)
}

/** The sum of the samples named `name` whose labels include `labels`. */
export function sampleSum(exposition: Exposition, name: string, labels: Record<string, string> = {}): number {
  return exposition.samples
    .filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value))
    .reduce((sum, sample) => sum + sample.value, 0)
}
