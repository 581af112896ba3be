import { problemsOf } from './showCampaignErrors'

/** Browser side of 心得审阅: each review is sent as JSON to the CMS (PATCH, the organizer's session) and confirmed in place. */
export function bindReviewForms(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-review-action]')) {
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      void save(form)
    })
  }
}

async function save(form: HTMLFormElement): Promise<void> {
  const message = form.querySelector<HTMLElement>('[data-message]')
  const button = form.querySelector<HTMLButtonElement>('button')
  const data = new FormData(form)
  const score = String(data.get('score') ?? '').trim()
  if (button) button.disabled = true
  try {
    const response = await fetch(form.dataset.reviewAction ?? '', {
      method: 'PATCH',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({
        score: score === '' ? null : Number(score),
        comment: String(data.get('comment') ?? '').trim(),
        featured: data.has('featured'),
      }),
    })
    const answer = await response.json().catch(() => ({}))
    if (!response.ok)
      throw new Error(
        problemsOf(answer, '')
          .map((problem) => problem.message)
          .join(' '),
      )
    if (message) {
      message.textContent = form.dataset.saved ?? ''
      message.className = 'message'
    }
  } catch (error) {
    if (message) {
      message.textContent = error instanceof Error ? error.message : ''
      message.className = 'message error'
    }
  }
  if (button) button.disabled = false
}
