/** The kinds of bank question: 单选, 多选, 判断, 填空. */
export const questionKinds = ['single', 'multiple', 'trueFalse', 'fill'] as const
