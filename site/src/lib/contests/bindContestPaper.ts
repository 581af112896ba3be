/**
 * Browser side of a contest paper: each answer is saved as soon as it is chosen (PUT, so a dropped
 * connection loses at most the last tap), the countdown runs from the seconds the server gave (not the
 * phone's clock), and the paper is handed in on 交卷 or when the time is up — with every answer again,
 * which the server stores only if the deadline has not passed. The CMS scores it; the page then reloads
 * to the result.
 */
export function bindContestPaper(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-contest-paper]')
  if (!form) return
  const endsAt = Date.now() + Number(form.dataset.secondsLeft ?? 0) * 1000
  const countdown = form.querySelector<HTMLElement>('[data-countdown]')
  let handedIn = false
  const tick = () => {
    const left = Math.max(0, Math.round((endsAt - Date.now()) / 1000))
    if (countdown) countdown.textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`
    if (left === 0 && !handedIn) {
      show(form, form.dataset.timeUp ?? '', 'working')
      void handIn(form)
      handedIn = true
    }
  }
  tick()
  const timer = window.setInterval(tick, 1000)
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')) {
    fieldset.addEventListener('change', () => void save(form, fieldset))
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const unanswered = [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].filter(
      (set) => chosen(set).length === 0,
    ).length
    const question = unanswered > 0 ? (form.dataset.unanswered ?? '').replace('{count}', String(unanswered)) : (form.dataset.confirm ?? '')
    if (!window.confirm(question)) return
    handedIn = true
    window.clearInterval(timer)
    void handIn(form)
  })
}

function chosen(fieldset: HTMLFieldSetElement): string[] {
  if (fieldset.dataset.kind === 'fill') {
    const text = fieldset.querySelector<HTMLInputElement>('input')?.value.trim() ?? ''
    return text ? [text] : []
  }
  return [...fieldset.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.value)
}

async function save(form: HTMLFormElement, fieldset: HTMLFieldSetElement): Promise<void> {
  const note = fieldset.querySelector<HTMLElement>('[data-saved]')
  const answer = chosen(fieldset)
  if (answer.length === 0) return
  try {
    const response = await send(form.dataset.answerUrl ?? '', 'PUT', { questionId: Number(fieldset.dataset.question), chosen: answer })
    if (!response.ok) throw new Error(response.message ?? form.dataset.saveFailed)
    if (note) note.textContent = '✓'
  } catch (error) {
    if (note) note.textContent = error instanceof Error && error.message ? error.message : (form.dataset.saveFailed ?? '')
  }
}

async function handIn(form: HTMLFormElement): Promise<void> {
  for (const button of form.querySelectorAll('button')) button.disabled = true
  const answers = Object.fromEntries(
    [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')]
      .map((set) => [set.dataset.question ?? '', chosen(set)] as const)
      .filter(([, answer]) => answer.length > 0),
  )
  const response = await send(form.dataset.submitUrl ?? '', 'POST', { answers }).catch(() => null)
  if (response?.ok) {
    window.location.reload()
    return
  }
  show(form, response?.message ?? form.dataset.saveFailed ?? '', 'error')
  for (const button of form.querySelectorAll('button')) button.disabled = false
}

async function send(url: string, method: string, body: unknown): Promise<{ ok: boolean; message: string | null }> {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })
  const answer = (await response.json().catch(() => ({}))) as { errors?: Array<{ message?: string }> }
  return { ok: response.ok, message: answer.errors?.[0]?.message ?? null }
}

function show(form: HTMLFormElement, text: string, kind: 'error' | 'working'): void {
  const message = form.querySelector<HTMLElement>('[data-message]')
  if (!message) return
  message.textContent = text
  message.className = `form-message ${kind}`
}
