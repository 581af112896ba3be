import { t } from '../../i18n/messages'
import type { HomeSummary } from './HomeSummary'

interface Props {
  blockKey: string
  title: string
  hint: string
  summary: HomeSummary
}

/** One block of the editors' home: its items, and links to the admin lists that show exactly them. */
export function HomeBlockCard({ blockKey, title, hint, summary }: Props) {
  return (
    <section className="home-block" data-block={blockKey} aria-labelledby={`home-block-${blockKey}`}>
      <header className="home-block__header">
        <h2 id={`home-block-${blockKey}`} className="home-block__title">
          {title}
        </h2>
        <span className="home-block__count">{summary.total}</span>
      </header>
      {hint && <p className="home-block__hint">{hint}</p>}
      {summary.items.length === 0 ? (
        <p className="home-block__empty">{t('home.empty')}</p>
      ) : (
        <ol className="home-block__items">
          {summary.items.map((item) => (
            <li key={item.key} className="home-block__item">
              <div className="home-block__line">
                {item.href ? (
                  <a className="home-block__link" href={item.href}>
                    {item.title}
                  </a>
                ) : (
                  <span className="home-block__link">{item.title}</span>
                )}
                {item.detail && <span className="home-block__detail">{item.detail}</span>}
              </div>
              {item.note && <p className="home-block__note">{item.note}</p>}
            </li>
          ))}
        </ol>
      )}
      {summary.lists.length > 0 && (
        <footer className="home-block__lists">
          {summary.lists.map((list) => (
            <a key={list.href} className="home-block__list" href={list.href}>
              {list.count === undefined ? list.label : t('home.inList', { label: list.label, count: list.count })} →
            </a>
          ))}
        </footer>
      )}
    </section>
  )
}
