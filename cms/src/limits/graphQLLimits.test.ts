import { buildSchema, parse, validate } from 'graphql'
import { describe, expect, it } from 'vitest'
import { limitQueryDepth } from './graphQLLimits'

const schema = buildSchema('type Node { id: ID, next: Node } type Query { node: Node }')
const errorsOf = (query: string) => validate(schema, parse(query), [limitQueryDepth(3)]).map((error) => error.message)

describe('limitQueryDepth', () => {
  it('lets queries up to the limit through', () => {
    expect(errorsOf('{ node { next { id } } }')).toEqual([])
  })

  it('refuses deeper queries with a Chinese message, through fragments and inline fragments too', () => {
    expect(errorsOf('{ node { next { next { id } } } }')[0]).toContain('查询嵌套太深：最多 3 层')
    expect(errorsOf('{ node { ...deep } } fragment deep on Node { next { next { id } } }')).toHaveLength(1)
    expect(errorsOf('{ node { ... on Node { next { next { id } } } } }')).toHaveLength(1)
  })
})
