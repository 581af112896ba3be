import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import type { Role } from '../../access/roles'
import { t } from '../../i18n/messages'
import { chinaTime } from './chinaTime'
import { HomeBlockCard } from './HomeBlockCard'
import { homeBlocksFor } from './homeBlocks'
import './editorsHome.scss'

/**
 * The admin's dashboard (工作台): instead of Payload's grid of collections, the blocks the signed-in
 * role works from, each read through the Local API or one aggregate query. The collections stay in the nav.
 */
export async function EditorsHome({ initPageResult }: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user as { name?: string | null; email?: string | null; role?: Role } | null
  const now = new Date()
  const blocks = homeBlocksFor(user?.role, now)
  const loaded = await Promise.all(blocks.map(async (block) => ({ block, summary: await block.load(req, now) })))
  return (
    <Gutter className="editors-home">
      <header className="editors-home__header">
        <h1 className="editors-home__title">{t('home.title')}</h1>
        <p className="editors-home__greeting">{t('home.greeting', { name: user?.name || user?.email || '' })}</p>
        <p className="editors-home__intro">{blocks.length > 0 ? t('home.intro') : t('home.noBlocks')}</p>
      </header>
      <div className="editors-home__grid">
        {loaded.map(({ block, summary }) => (
          <HomeBlockCard key={block.key} blockKey={block.key} title={block.title} hint={block.hint} summary={summary} />
        ))}
      </div>
      <p className="editors-home__stamp">{t('home.updatedAt', { time: chinaTime(now) })}</p>
    </Gutter>
  )
}
