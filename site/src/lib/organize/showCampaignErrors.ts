/** One problem the CMS reported: a field's path (when it is about a field) and its Chinese message. */
export interface CampaignProblem {
  path?: string
  label?: string
  message: string
}

/** The problems in a CMS error answer: each invalid field of a validation error, or the error's own message. */
export function problemsOf(answer: unknown, fallback: string): CampaignProblem[] {
  const errors = (answer as { errors?: Array<{ message?: string; data?: { errors?: CampaignProblem[] } }> })?.errors ?? []
  const problems = errors.flatMap((error) => error.data?.errors ?? (error.message ? [{ message: error.message }] : []))
  return problems.length > 0 ? problems : [{ message: fallback }]
}

/** Shows the problems above the form and beside their fields (the nearest `[data-error-for]` along the path). */
export function showCampaignErrors(form: HTMLFormElement, problems: CampaignProblem[]): void {
  clearCampaignErrors(form)
  const summary = form.querySelector<HTMLElement>('[data-errors]')
  if (summary) {
    const heading = document.createElement('p')
    heading.textContent = form.dataset.errorsTitle ?? ''
    const list = document.createElement('ul')
    for (const problem of problems) {
      const item = document.createElement('li')
      item.textContent = problem.label ? `${problem.label}：${problem.message}` : problem.message
      list.append(item)
    }
    summary.replaceChildren(heading, list)
    summary.hidden = false
    summary.scrollIntoView({ block: 'start' })
  }
  for (const problem of problems) {
    const target = fieldErrorFor(form, problem.path ?? '')
    if (target) target.textContent = [target.textContent, problem.message].filter(Boolean).join(' ')
  }
}

/** Removes every shown problem. */
export function clearCampaignErrors(form: HTMLFormElement): void {
  for (const target of form.querySelectorAll<HTMLElement>('[data-error-for]')) target.textContent = ''
  const summary = form.querySelector<HTMLElement>('[data-errors]')
  if (summary) summary.hidden = true
}

function fieldErrorFor(form: HTMLFormElement, path: string): HTMLElement | null {
  const parts = path.split('.')
  for (let length = parts.length; length > 0; length--) {
    const found = form.querySelector<HTMLElement>(`[data-error-for="${parts.slice(0, length).join('.')}"]`)
    if (found) return found
  }
  return null
}
