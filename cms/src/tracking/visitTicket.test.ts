import { describe, expect, it } from 'vitest'
import { openVisit, readVisitTicket, signVisitTicket, visitKeyOf } from './visitTicket'

const key = visitKeyOf('a-config-secret-0123456789abcdef')
const visit = openVisit({ memberId: 7, collection: 'articles', itemId: 12 }, new Date('2026-11-22T08:00:00.123Z'))

describe('visit tickets', () => {
  it('reads back the visit it was signed for', () => {
    expect(readVisitTicket(key, signVisitTicket(key, visit))).toEqual(visit)
  })

  it.each([
    ['another member', (ticket: string) => ticket.replace('.7.articles.', '.8.articles.')],
    ['another item', (ticket: string) => ticket.replace('.articles.12.', '.articles.13.')],
    ['an earlier start', (ticket: string) => ticket.replace(`.${visit.startedAt.getTime()}.`, `.${visit.startedAt.getTime() - 60_000}.`)],
    ['a made-up signature', (ticket: string) => `${ticket.slice(0, ticket.lastIndexOf('.'))}.${'A'.repeat(43)}`],
    ['garbage', () => 'v1.not-a-ticket'],
  ])('refuses a ticket changed to %s', (_case, change) => {
    expect(readVisitTicket(key, change(signVisitTicket(key, visit)))).toBeUndefined()
  })

  it('refuses a ticket signed with another secret', () => {
    expect(readVisitTicket(key, signVisitTicket(visitKeyOf('another-secret-0123456789abcdef'), visit))).toBeUndefined()
  })
})
