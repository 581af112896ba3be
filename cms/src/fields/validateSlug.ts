import { slugPattern } from '@xuexi/contract/content/slugPattern'
import type { TextFieldSingleValidation } from 'payload'
import { t } from '../i18n/messages'

/** Requires a slug matching the slug pattern (Payload skips validation when saving drafts). */
export const validateSlug: TextFieldSingleValidation = (value, { required }) => {
  if (!value) return required ? '请填写网址别名' : true
  return slugPattern.test(value) || t('slug.invalid')
}
