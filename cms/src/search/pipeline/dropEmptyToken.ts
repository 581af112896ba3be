import lunr from 'lunr'

/** Pipeline function: drops tokens that normalization left empty, so they never reach the index. */
export const dropEmptyToken: lunr.PipelineFunction = (token) => (token.toString().trim() === '' ? null : token)

lunr.Pipeline.registerFunction(dropEmptyToken, 'cjkDropEmptyToken')
