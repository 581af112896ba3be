import { beforeAll, describe, expect, it } from 'vitest'
import { sampleQuiz } from '../support/campaignMember'
import { type CampaignMember, createCampaignMember, createCampaignSetting, fetchPageAs } from '../support/campaignStack'
import { apiJson, loginToken } from '../support/cmsApi'

interface Attempt {
  number: number
  submitted: boolean
  questions: Array<{ id: string; prompt: string; options: Array<{ id: string; text: string }> }>
}

const correctTexts = new Set(
  sampleQuiz.questions.flatMap((question) => question.options.filter((option) => option.correct).map((option) => option.text)),
)
const explanations = sampleQuiz.questions.map((question) => question.explanation)

describe('quiz answers', () => {
  let campaignId: number
  let slug: string
  let member: CampaignMember

  beforeAll(async () => {
    const adminToken = await loginToken()
    const setting = await createCampaignSetting(adminToken, { enrolment: 'link', quiz: { ...sampleQuiz, maxAttempts: 3 } })
    campaignId = setting.campaign.id
    slug = setting.campaign.slug as string
    member = await createCampaignMember(adminToken, setting.branchA.id)
    await apiJson(`/api/campaigns/${campaignId}/enrolment`, { token: member.token, method: 'POST', body: {} })
  })

  const attemptAnswering = async (pick: (text: string) => boolean) => {
    const start = await apiJson<Attempt>(`/api/campaigns/${campaignId}/quiz-attempts`, { token: member.token, method: 'POST', body: {} })
    expect(start.status).toBe(201)
    const answers = Object.fromEntries(
      start.body.questions.map((question) => [
        question.id,
        question.options
          .filter((option) => pick(option.text))
          .slice(0, 1)
          .map((option) => option.id),
      ]),
    )
    return apiJson<Attempt & Record<string, unknown>>(`/api/campaigns/${campaignId}/quiz-attempts/${start.body.number}`, {
      token: member.token,
      method: 'POST',
      body: { answers },
    })
  }

  it('shows no correct option, verdict or explanation after a failed first attempt of several, over the API and on the page', async () => {
    const failed = await attemptAnswering((text) => !correctTexts.has(text))
    expect(failed.status).toBe(200)
    expect(failed.body).toMatchObject({ submitted: true, score: 0 })
    const answer = JSON.stringify(failed.body)
    expect(answer).not.toMatch(/correctOptionIds|"correct"|explanation/)
    for (const explanation of explanations) expect(answer).not.toContain(explanation)
    const read = JSON.stringify((await apiJson(`/api/campaigns/${campaignId}/quiz-attempts/1`, { token: member.token })).body)
    expect(read).not.toMatch(/correctOptionIds|"correct"|explanation/)
    const page = await fetchPageAs(`/campaigns/${slug}/quiz?attempt=1`, member.token)
    expect(page.status).toBe(200)
    expect(page.html).toContain('正确答案和解析将在答题次数用完后公布')
    expect(page.html).not.toContain('正确答案</dt>')
    for (const explanation of explanations) expect(page.html).not.toContain(explanation)
  })
})
