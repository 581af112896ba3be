import { t } from '../../i18n/messages'
import { portalIconUrl } from './portalIcon'
import './brand.scss'

/** The mark at the start of the admin's header (it links to the editors' home). */
export function BrandIcon() {
  return (
    <span className="brand-icon">
      {/* biome-ignore lint/performance/noImgElement: the portal serves this small SVG as is; next/image has nothing to optimise */}
      <img className="brand-icon__mark" src={portalIconUrl} alt="" width={24} height={24} />
      <span className="brand-icon__name">{t('brand.name')}</span>
    </span>
  )
}
