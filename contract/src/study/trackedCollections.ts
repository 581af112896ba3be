/** The readable content collections whose study is tracked. */
export const trackedCollections = ['articles', 'policies', 'videos', 'lectures', 'announcements'] as const

/** One of the tracked collections. */
export type TrackedCollection = (typeof trackedCollections)[number]
