import { studyDay } from '@xuexi/contract/chinaTime'
import type { Campaign } from '@xuexi/contract/payload-types'

/** A reading-list row of the campaign form. */
export interface ReadingRow {
  collection: string
  id: number
  title: string
  required: boolean
  minMinutes: number | null
}

/** When members see the correct options of their submitted attempts (the campaign's rule). */
export type RevealAnswers = NonNullable<NonNullable<Campaign['quiz']>['revealAnswers']>

/** A quiz question of the campaign form. */
export interface QuestionRow {
  kind: 'single' | 'multiple' | 'trueFalse'
  prompt: string
  options: Array<{ text: string; correct: boolean }>
  explanation: string
}

/** Everything the campaign form shows, for a new campaign (the CMS's defaults) or one being edited. */
export interface CampaignFormValues {
  id: number | null
  status: 'draft' | 'published'
  title: string
  description: string
  cover: { id: number; url: string; alt: string } | null
  startsOn: string
  endsOn: string
  targets: number[]
  /** The hosting organization (administrators choose it; organizers host in their own). */
  owner: number | null
  enrolment: 'automatic' | 'link'
  isPublic: boolean
  readingList: ReadingRow[]
  rules: { checkInDays: number; reflectionRequired: boolean; reflectionMinLength: number }
  quiz: {
    enabled: boolean
    passMark: number
    maxAttempts: number
    revealAnswers: RevealAnswers
    /** Ids of the bank questions picked. */
    bankQuestions: number[]
    questions: QuestionRow[]
  }
  points: { perItem: number; perCheckIn: number; reflection: number; quizPassed: number }
  leaderboard: 'individual' | 'branch' | 'none'
}

const idOf = (value: unknown): number => (typeof value === 'object' && value ? (value as { id: number }).id : (value as number))

/** Form values for a campaign read with depth 1, or for a new one starting today and running 30 days. */
export function campaignFormValues(campaign: Campaign | null, now = new Date()): CampaignFormValues {
  const today = studyDay(now)
  const cover = campaign?.cover && typeof campaign.cover === 'object' ? campaign.cover : null
  return {
    id: campaign?.id ?? null,
    status: campaign?.status ?? 'draft',
    title: campaign?.title ?? '',
    description: campaign?.description ?? '',
    cover: cover ? { id: cover.id, url: cover.sizes?.thumbnail?.url ?? cover.url ?? '', alt: cover.alt } : null,
    startsOn: campaign ? studyDay(new Date(campaign.startsOn)) : today,
    endsOn: campaign ? studyDay(new Date(campaign.endsOn)) : studyDay(new Date(now.getTime() + 29 * 86_400_000)),
    targets: (campaign?.targetOrganizations ?? []).map(idOf),
    owner: campaign?.organization ? idOf(campaign.organization) : null,
    enrolment: campaign?.enrolment ?? 'automatic',
    isPublic: campaign?.isPublic ?? true,
    readingList: (campaign?.readingList ?? []).map((row) => ({
      collection: row.item.relationTo,
      id: idOf(row.item.value),
      title: typeof row.item.value === 'object' ? row.item.value.title : `#${row.item.value}`,
      required: row.required ?? true,
      minMinutes: row.minMinutes ?? null,
    })),
    rules: {
      checkInDays: campaign?.rules?.checkInDays ?? 7,
      reflectionRequired: campaign?.rules?.reflectionRequired ?? true,
      reflectionMinLength: campaign?.rules?.reflectionMinLength ?? 300,
    },
    quiz: {
      enabled: campaign?.quiz?.enabled ?? false,
      passMark: campaign?.quiz?.passMark ?? 60,
      maxAttempts: campaign?.quiz?.maxAttempts ?? 3,
      revealAnswers: campaign?.quiz?.revealAnswers ?? 'afterLastAttempt',
      bankQuestions: (campaign?.quiz?.bankQuestions ?? []).map(idOf),
      questions: (campaign?.quiz?.questions ?? []).map((question) => ({
        kind: question.kind,
        prompt: question.prompt,
        options: (question.options ?? []).map((option) => ({ text: option.text, correct: option.correct ?? false })),
        explanation: question.explanation ?? '',
      })),
    },
    points: {
      perItem: campaign?.points?.perItem ?? 5,
      perCheckIn: campaign?.points?.perCheckIn ?? 1,
      reflection: campaign?.points?.reflection ?? 10,
      quizPassed: campaign?.points?.quizPassed ?? 10,
    },
    leaderboard: campaign?.leaderboard ?? 'individual',
  }
}
