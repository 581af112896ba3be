/** Items per page on list pages: a multiple of the 1/2/3-column grid. */
export const pageSize = 12
