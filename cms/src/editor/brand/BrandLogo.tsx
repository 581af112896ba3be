import { t } from '../../i18n/messages'
import { portalIconUrl } from './portalIcon'
import './brand.scss'

/** The sign-in page's logo: the portal's mark with 学习园地 and “管理后台”. */
export function BrandLogo() {
  return (
    <div className="brand-logo">
      {/* biome-ignore lint/performance/noImgElement: the portal serves this small SVG as is; next/image has nothing to optimise */}
      <img className="brand-logo__mark" src={portalIconUrl} alt="" width={56} height={56} />
      <div className="brand-logo__text">
        <span className="brand-logo__name">{t('brand.name')}</span>
        <span className="brand-logo__tagline">{t('brand.adminTagline')}</span>
      </div>
    </div>
  )
}
