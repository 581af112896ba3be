import { bindQuestionPickers } from '../questions/bindQuestionPicker'
import { bindCoverPicker } from './bindCoverPicker'
import { bindQuizEditor } from './bindQuizEditor'
import { bindReadingList } from './bindReadingList'
import { collectCampaign } from './collectCampaign'
import { clearCampaignErrors, problemsOf, showCampaignErrors } from './showCampaignErrors'

/**
 * Browser side of the campaign form: the editors, then saving as JSON straight to the CMS (same origin,
 * the organizer's session cookie). Accepted: on to the organizer's list. Refused: the CMS's Chinese
 * messages above the form and beside the fields, and everything typed stays where it is.
 */
export function bindCampaignEditor(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-campaign-form]')
  if (!form) return
  bindReadingList(form)
  bindQuizEditor(form)
  bindQuestionPickers()
  bindCoverPicker(form)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const status = event.submitter instanceof HTMLButtonElement ? event.submitter.value : 'draft'
    void save(form, status)
  })
}

async function save(form: HTMLFormElement, status: string): Promise<void> {
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('.form-actions button')]
  for (const button of buttons) button.disabled = true
  clearCampaignErrors(form)
  try {
    const response = await fetch(form.dataset.action ?? '', {
      method: form.dataset.method ?? 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(collectCampaign(form, status)),
    })
    const answer = (await response.json().catch(() => ({}))) as { doc?: { id: number } }
    if (response.ok) {
      window.location.assign(`/organize?saved=${answer.doc?.id ?? ''}`)
      return
    }
    showCampaignErrors(form, problemsOf(answer, form.dataset.failed ?? ''))
  } catch {
    showCampaignErrors(form, [{ message: form.dataset.failed ?? '' }])
  }
  for (const button of buttons) button.disabled = false
}
