/**
 * Bounds of one GraphQL request: its cost by Payload's complexity rule (1 per field, 10 per
 * relationship field; a reader's ordinary page query costs 20–60) and how deeply selections nest
 * (a query for items with their topics' covers is 5 deep).
 */
export const graphQLLimits = { maxComplexity: 400, maxDepth: 8 } as const
