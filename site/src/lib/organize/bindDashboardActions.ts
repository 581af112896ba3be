import type { ReminderAudience, ReminderInput } from '@xuexi/contract/campaigns/reminderInput'

/**
 * Browser side of the organizer dashboard: reminder buttons (confirm, POST, show how many were reminded
 * or the CMS's Chinese refusal) and the export button (queue the job, poll it, offer the download link).
 */
export function bindDashboardActions(): void {
  const reminders = document.querySelector<HTMLFormElement>('form[data-reminders]')
  reminders?.addEventListener('submit', (event) => {
    event.preventDefault()
    const button = event.submitter instanceof HTMLButtonElement ? event.submitter : null
    if (button && window.confirm(button.dataset.confirm ?? '')) void sendReminder(reminders, button)
  })
  const exporter = document.querySelector<HTMLFormElement>('form[data-export]')
  exporter?.addEventListener('submit', (event) => {
    event.preventDefault()
    void runExport(exporter)
  })
}

async function postJson(url: string, body: unknown): Promise<{ ok: boolean; answer: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  })
  return { ok: response.ok, answer: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}

const refusal = (answer: Record<string, unknown>) => (answer.errors as Array<{ message?: string }> | undefined)?.[0]?.message

function show(form: HTMLFormElement, text: string, kind: 'ok' | 'error' | 'working'): HTMLElement | null {
  const message = form.querySelector<HTMLElement>('[data-message]')
  if (message) {
    message.textContent = text
    message.className = `form-message ${kind}`
  }
  return message
}

async function sendReminder(form: HTMLFormElement, button: HTMLButtonElement): Promise<void> {
  const buttons = [...form.querySelectorAll('button')]
  for (const each of buttons) each.disabled = true
  try {
    const message = form.querySelector('textarea')?.value.trim()
    // The buttons' values are the contract's `reminderAudiences` (CampaignDashboard.astro); the CMS checks them again.
    const body: ReminderInput = { audience: button.value as ReminderAudience, ...(message ? { message } : {}) }
    const { ok, answer } = await postJson(form.action, body)
    if (!ok) throw new Error(refusal(answer) ?? form.dataset.failed)
    show(form, (form.dataset.sent ?? '').replace('{count}', String(answer.sent ?? 0)), 'ok')
  } catch (error) {
    show(form, error instanceof Error && error.message ? error.message : (form.dataset.failed ?? ''), 'error')
  } finally {
    for (const each of buttons) each.disabled = false
  }
}

async function runExport(form: HTMLFormElement): Promise<void> {
  const button = form.querySelector('button')
  if (button) button.disabled = true
  show(form, form.dataset.working ?? '', 'working')
  try {
    let { ok, answer } = await postJson(form.action, {})
    while (ok && (answer.status === 'queued' || answer.status === 'running')) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const response = await fetch(`${form.action}/${answer.jobId}`, {
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      })
      ok = response.ok
      answer = (await response.json().catch(() => ({}))) as Record<string, unknown>
    }
    if (!ok || answer.status !== 'done') throw new Error(refusal(answer) ?? form.dataset.failed)
    const message = show(form, (form.dataset.done ?? '').replace('{count}', String(answer.members ?? 0)), 'ok')
    const link = document.createElement('a')
    link.href = String(answer.downloadUrl)
    link.textContent = form.dataset.download ?? ''
    link.setAttribute('download', '')
    link.dataset.download = ''
    message?.append(link)
  } catch (error) {
    show(form, error instanceof Error && error.message ? error.message : (form.dataset.failed ?? ''), 'error')
  } finally {
    if (button) button.disabled = false
  }
}
