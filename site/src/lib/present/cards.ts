import type { Announcement, Lecture, Policy, Topic, Video } from '@xuexi/contract/payload-types'
import { t } from '../../i18n/t'
import type { ArticleSummary } from '../cms/articles'
import { formatDate } from '../formatDate'
import type { CardData } from './CardData'
import { mediaUrl } from './mediaUrl'

const present = (values: Array<string | null | undefined | false>): string[] => values.filter((value): value is string => Boolean(value))

/** Card for a theory article. */
export function articleCard(article: ArticleSummary): CardData {
  return {
    href: `/articles/${article.slug}`,
    title: article.title,
    summary: article.summary,
    meta: present([article.author, formatDate(article.publishedAt)]),
  }
}

/** Card for a policy document: 文号, issuer, date and a validity badge. */
export function policyCard(policy: Policy): CardData {
  const tone = policy.validity === 'current' ? 'ok' : policy.validity === 'revised' ? 'warn' : 'muted'
  return {
    href: `/policies/${policy.slug}`,
    title: policy.title,
    summary: policy.summary,
    meta: present([policy.documentNumber, policy.issuer, formatDate(policy.issuedAt)]),
    badge: { label: t(`validity.${policy.validity}`), tone },
  }
}

/** Card for a video, with its poster. */
export function videoCard(video: Video): CardData {
  const poster = mediaUrl(video.poster, 'thumbnail')
  return {
    href: `/videos/${video.slug}`,
    title: video.title,
    summary: video.summary,
    meta: present([video.duration && `${t('media.duration')} ${video.duration}`, formatDate(video.publishedAt)]),
    badge: { label: t(`kind.${video.kind}`), tone: 'accent' },
    image: poster ? { src: poster, alt: '' } : undefined,
  }
}

/** Card for a lecture: speaker, format and length. */
export function lectureCard(lecture: Lecture): CardData {
  const speaker = present([lecture.speaker.name, lecture.speaker.title]).join(' ')
  return {
    href: `/lectures/${lecture.slug}`,
    title: lecture.title,
    summary: lecture.summary,
    meta: present([speaker, lecture.duration && `${t('media.duration')} ${lecture.duration}`, formatDate(lecture.heldAt)]),
    badge: { label: t(`format.${lecture.format}`), tone: 'accent' },
  }
}

/** Card for an announcement; pinned ones say so. */
export function announcementCard(announcement: Announcement): CardData {
  return {
    href: `/announcements/${announcement.slug}`,
    title: announcement.title,
    summary: announcement.summary,
    meta: present([formatDate(announcement.publishedAt)]),
    badge: announcement.pinned ? { label: t('announcement.pinned'), tone: 'accent' } : undefined,
  }
}

/** Card for a topic, with its cover. */
export function topicCard(topic: Topic): CardData {
  const cover = mediaUrl(topic.cover, 'thumbnail')
  return {
    href: `/topics/${topic.slug}`,
    title: topic.title,
    summary: topic.description,
    meta: [],
    image: cover ? { src: cover, alt: '' } : undefined,
  }
}
