import http from 'node:http'
import { z } from 'zod'

/** What the load process is told (JSON file): the contest, the members with the answers each will give, the pace. */
export const contestLoadOptionsSchema = z.object({
  /** The public origin (front proxy), as members' browsers reach it. */
  url: z.url(),
  contestId: z.number().int().positive(),
  members: z.array(
    z.object({
      id: z.number().int().positive(),
      cookie: z.string().min(1),
      /** Option ids to choose, by question id. */
      answers: z.record(z.string(), z.array(z.string())),
    }),
  ),
  /** Every member starts within this window (spread evenly). */
  startWindowMs: z.number().int().positive(),
  /** Mean pause between a member's answers (each pause is 0.5–1.5 of it). */
  answerGapMs: z.number().int().positive(),
  /** Every n-th member sends their first answer twice and hands in twice at once (a retry and a double tap). */
  repeatEvery: z.number().int().positive(),
})

/** The load's options. */
export type ContestLoadOptions = z.infer<typeof contestLoadOptionsSchema>

/** What happened: latencies of successful requests per kind, failures, and each member's hand-in as the server answered it. */
export interface ContestLoadResult {
  paperMs: number[]
  answerMs: number[]
  handInMs: number[]
  failed: number
  failures: string[]
  /** Score and correct count from the hand-in's answer, by member id. */
  handIns: Record<string, { score: number | null; correctCount: number | null }>
  elapsedSeconds: number
}

// Each member keeps connections as a browser does. Plain `http` rather than `fetch`: the load process shares
// the machine's two cores with the server it measures, and undici's fetch costs it several times the CPU.
const agent = new http.Agent({ keepAlive: true })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))
const failuresKept = 20

/**
 * Every member starts the contest (the paper comes with the start) at their moment in the start window,
 * answers each question on the paper in its order with a pause between answers (one PUT each, as the
 * paper page saves every tap), then hands in with all answers. Only successful requests are timed;
 * anything else counts as failed.
 */
export async function runContestLoad(options: ContestLoadOptions): Promise<ContestLoadResult> {
  const result: Omit<ContestLoadResult, 'elapsedSeconds'> = {
    paperMs: [],
    answerMs: [],
    handInMs: [],
    failed: 0,
    failures: [],
    handIns: {},
  }
  const began = Date.now()
  const base = `${options.url}/api/contests/${options.contestId}/attempts`
  const fail = (what: string, status: number, body: string) => {
    result.failed += 1
    if (result.failures.length < failuresKept) result.failures.push(`${what}: HTTP ${status} ${body.slice(0, 200)}`)
  }
  await Promise.all(
    options.members.map(async (member, index) => {
      const repeats = index % options.repeatEvery === 0
      await sleep(began + (index * options.startWindowMs) / options.members.length - Date.now())
      const start = await send('POST', base, member.cookie, {})
      if (start.status !== 201) return fail('start', start.status, start.body)
      result.paperMs.push(start.ms)
      const paper = JSON.parse(start.body) as { number: number; questions: Array<{ id: number }> }
      for (const [position, question] of paper.questions.entries()) {
        await sleep(options.answerGapMs * (0.5 + Math.random()))
        const body = { questionId: question.id, chosen: member.answers[String(question.id)] ?? [] }
        const sends = repeats && position === 0 ? 2 : 1
        for (let time = 0; time < sends; time++) {
          const saved = await send('PUT', `${base}/${paper.number}/answers`, member.cookie, body)
          if (saved.status === 200) result.answerMs.push(saved.ms)
          else fail('answer', saved.status, saved.body)
        }
      }
      await sleep(options.answerGapMs * (0.5 + Math.random()))
      const handIns = await Promise.all(
        Array.from({ length: repeats ? 2 : 1 }, () =>
          send('POST', `${base}/${paper.number}/submission`, member.cookie, { answers: member.answers }),
        ),
      )
      for (const handIn of handIns) {
        if (handIn.status !== 200) {
          fail('hand-in', handIn.status, handIn.body)
          continue
        }
        result.handInMs.push(handIn.ms)
        const { score, correctCount } = JSON.parse(handIn.body) as { score: number | null; correctCount: number | null }
        result.handIns[String(member.id)] = { score, correctCount }
      }
    }),
  )
  return { ...result, elapsedSeconds: (Date.now() - began) / 1000 }
}

/** Sends a JSON request with the member's cookie; the status (0: no answer within 30 s), the body and how long it took. */
function send(method: string, url: string, cookie: string, body: unknown): Promise<{ status: number; body: string; ms: number }> {
  const text = JSON.stringify(body)
  const sent = performance.now()
  return new Promise((resolve) => {
    const done = (status: number, answer: string) => resolve({ status, body: answer, ms: performance.now() - sent })
    const request = http.request(
      url,
      {
        method,
        agent,
        timeout: 30_000,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), cookie },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', (error) => done(0, error.message))
        response.on('end', () => done(response.statusCode ?? 0, Buffer.concat(chunks).toString('utf8')))
      },
    )
    request.on('timeout', () => request.destroy(new Error('no answer within 30 s')))
    request.on('error', (error) => done(0, error.message))
    request.end(text)
  })
}
