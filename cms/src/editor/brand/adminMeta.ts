import type { Config } from 'payload'
import { t } from '../../i18n/messages'
import { portalIconUrl } from './portalIcon'

/** The browser tab and link previews of the admin: 学习园地's name and mark instead of Payload's. */
export const adminMeta: NonNullable<Config['admin']>['meta'] = {
  titleSuffix: `· ${t('brand.adminTitle')}`,
  description: t('brand.adminDescription'),
  icons: [{ rel: 'icon', type: 'image/svg+xml', url: portalIconUrl }],
  defaultOGImageType: 'off',
  openGraph: { siteName: t('brand.adminTitle'), title: t('brand.adminTitle'), description: t('brand.adminDescription') },
}
