import lunr from 'lunr'
import { normalizeText } from '../normalizeText'

/** Pipeline function: folds a token to the indexed form (simplified, lower-case, half-width). */
export const normalizeToken: lunr.PipelineFunction = (token) => token.update((text) => normalizeText(text))

lunr.Pipeline.registerFunction(normalizeToken, 'cjkNormalizeToken')
