import { fromChinaDateTimeLocal } from '@xuexi/contract/chinaTime'

/**
 * Browser side of the new-contest form: builds the JSON the admin would send (times entered in China
 * time, the chosen bank questions in list order) and POSTs it to the CMS on the same origin; a refusal
 * shows the CMS's Chinese message, success opens the contest's dashboard.
 */
export function bindContestForm(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-contest-form]')
  if (!form) return
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    void save(form)
  })
  // The page renders the button disabled, so nothing is sent before the form is bound.
  const button = form.querySelector('button')
  if (button) button.disabled = false
}

async function save(form: HTMLFormElement): Promise<void> {
  const data = new FormData(form)
  const text = (name: string) => String(data.get(name) ?? '').trim()
  const chinaTime = (name: string) => fromChinaDateTimeLocal(text(name)).toISOString()
  const body = {
    title: text('title'),
    description: text('description'),
    startsAt: chinaTime('startsAt'),
    endsAt: chinaTime('endsAt'),
    selection: 'fixed',
    questions: data.getAll('questions').map(Number),
    timeLimitMinutes: Number(text('timeLimitMinutes')),
    maxAttempts: Number(text('maxAttempts')),
    passScore: Number(text('passScore')),
    certificateTop: Number(text('certificateTop')),
    status: data.get('publish') ? 'published' : 'draft',
  }
  const message = form.querySelector<HTMLElement>('[data-message]')
  const button = form.querySelector('button')
  if (button) button.disabled = true
  try {
    const response = await fetch('/api/contests', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    })
    const answer = (await response.json().catch(() => ({}))) as {
      doc?: { id: number }
      errors?: Array<{ message?: string; data?: { errors?: Array<{ message?: string }> } }>
    }
    if (!response.ok || !answer.doc) {
      const first = answer.errors?.[0]
      throw new Error(first?.data?.errors?.map((error) => error.message).join('；') || first?.message || form.dataset.failed)
    }
    window.location.assign(`/organize/contests/${answer.doc.id}`)
  } catch (error) {
    if (message) {
      message.textContent = error instanceof Error && error.message ? error.message : (form.dataset.failed ?? '')
      message.className = 'form-message error'
    }
    if (button) button.disabled = false
  }
}
