import type { QuizAnswersInput } from '@xuexi/contract/campaigns/quizAnswersInput'
import type { ReflectionInput } from '@xuexi/contract/campaigns/reflectionInput'
import { reflectionLength } from '@xuexi/contract/campaigns/reflectionLength'

/**
 * Browser side of the campaign pages: every `form[data-campaign-action]` is sent as JSON to the CMS
 * (same origin, the session cookie) and, when accepted, leads on to `data-next` or reloads; a refusal
 * shows the CMS's Chinese message in the form's `[data-message]`. Also counts reflection characters live.
 */
export function bindCampaignForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-campaign-action]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      void send(form, event.submitter instanceof HTMLButtonElement ? event.submitter : null)
    })
  }
  for (const field of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-count]')) {
    const output = document.getElementById(field.dataset.count ?? '')
    const update = () => {
      if (!output) return
      const count = reflectionLength(field.value)
      output.textContent = (output.dataset.template ?? '').replace('{count}', String(count))
      output.classList.toggle('enough', count >= Number(output.dataset.min ?? 0))
    }
    field.addEventListener('input', update)
    update()
  }
}

async function send(form: HTMLFormElement, submitter: HTMLButtonElement | null): Promise<void> {
  const confirmText = submitter?.dataset.confirm ?? form.dataset.confirm
  if (confirmText && !window.confirm(confirmText)) return
  const unanswered = form.dataset.kind === 'quiz' ? unansweredCount(form) : 0
  if (unanswered > 0 && !window.confirm((form.dataset.unanswered ?? '').replace('{count}', String(unanswered)))) return
  const message = form.querySelector<HTMLElement>('[data-message]')
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button')]
  for (const button of buttons) button.disabled = true
  try {
    const response = await fetch(form.dataset.campaignAction ?? '', {
      method: form.dataset.method ?? 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(bodyOf(form, submitter)),
    })
    const answer = (await response.json().catch(() => ({}))) as { number?: number; errors?: Array<{ message?: string }> }
    if (!response.ok) throw new Error(answer.errors?.[0]?.message ?? form.dataset.failed)
    const next = form.dataset.next?.replace('{number}', String(answer.number ?? ''))
    if (submitter?.dataset.done && message) {
      message.textContent = submitter.dataset.done
      message.className = 'form-message ok'
      for (const button of buttons) button.disabled = false
      return
    }
    if (next) window.location.assign(next)
    else window.location.reload()
  } catch (error) {
    if (message) {
      message.textContent = error instanceof Error && error.message ? error.message : (form.dataset.failed ?? '')
      message.className = 'form-message error'
    }
    for (const button of buttons) button.disabled = false
  }
}

function bodyOf(form: HTMLFormElement, submitter: HTMLButtonElement | null): object {
  const data = new FormData(form)
  if (form.dataset.kind === 'quiz') return quizBody(data)
  if (form.dataset.kind === 'reflection') return reflectionBody(data, submitter)
  return Object.fromEntries([...data].map(([key, value]) => [key, String(value)]))
}

function quizBody(data: FormData): QuizAnswersInput {
  const answers: QuizAnswersInput['answers'] = {}
  for (const [question, option] of data) answers[question] = [...(answers[question] ?? []), String(option)]
  return { answers }
}

// Saving a draft and submitting are the form's two submit buttons (`name="submit"`, values `false` and `true`).
function reflectionBody(data: FormData, submitter: HTMLButtonElement | null): ReflectionInput {
  return { title: String(data.get('title') ?? ''), body: String(data.get('body') ?? ''), submit: submitter?.value === 'true' }
}

function unansweredCount(form: HTMLFormElement): number {
  const questions = new Set(
    [...form.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')].map((input) => input.name),
  )
  const answered = new Set([...new FormData(form).keys()])
  return [...questions].filter((question) => !answered.has(question)).length
}
