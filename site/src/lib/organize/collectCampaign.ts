/** The campaign as the CMS's REST API takes it, read from the campaign form (status from the button pressed). */
export function collectCampaign(form: HTMLFormElement, status: string): Record<string, unknown> {
  const data = new FormData(form)
  const text = (name: string) => String(data.get(name) ?? '').trim()
  const number = (name: string) => numberOf(text(name))
  // Day-only dates are stored at noon China time, as the admin's picker does, so the day is the same everywhere.
  const day = (name: string) => (text(name) ? `${text(name)}T04:00:00.000Z` : null)
  const quizEnabled = data.has('quiz.enabled')
  return {
    title: text('title'),
    description: text('description'),
    cover: number('cover'),
    startsOn: day('startsOn'),
    endsOn: day('endsOn'),
    ...(data.has('organization') ? { organization: number('organization') } : {}),
    targetOrganizations: [...new Set(data.getAll('targetOrganizations').map(Number))],
    enrolment: text('enrolment') || 'automatic',
    isPublic: data.has('isPublic'),
    readingList: [...form.querySelectorAll<HTMLElement>('[data-reading-list] > li')].map((row) => ({
      item: { relationTo: row.dataset.collection, value: Number(row.dataset.id) },
      required: inputOf(row, '[data-required]').checked,
      minMinutes: numberOf(inputOf(row, '[data-min-minutes]').value),
    })),
    rules: {
      checkInDays: number('rules.checkInDays'),
      reflectionRequired: data.has('rules.reflectionRequired'),
      reflectionMinLength: number('rules.reflectionMinLength'),
    },
    // Questions of a switched-off quiz are left as they were, so switching it off loses nothing.
    quiz: {
      enabled: quizEnabled,
      passMark: number('quiz.passMark'),
      maxAttempts: number('quiz.maxAttempts'),
      revealAnswers: text('quiz.revealAnswers') || 'afterLastAttempt',
      ...(quizEnabled ? { bankQuestions: data.getAll('quiz.bankQuestions').map(Number), questions: questionsOf(form) } : {}),
    },
    points: {
      perItem: number('points.perItem'),
      perCheckIn: number('points.perCheckIn'),
      reflection: number('points.reflection'),
      quizPassed: number('points.quizPassed'),
    },
    leaderboard: text('leaderboard') || 'individual',
    status,
  }
}

function questionsOf(form: HTMLFormElement) {
  return [...form.querySelectorAll<HTMLElement>('[data-question]')].map((question) => ({
    kind: question.querySelector<HTMLSelectElement>('[data-kind]')?.value,
    prompt: question.querySelector<HTMLTextAreaElement>('[data-prompt]')?.value.trim(),
    options: [...question.querySelectorAll<HTMLElement>('[data-option]')].map((option) => ({
      text: inputOf(option, '[data-option-text]').value.trim(),
      correct: inputOf(option, '[data-correct]').checked,
    })),
    explanation: question.querySelector<HTMLTextAreaElement>('[data-explanation]')?.value.trim(),
  }))
}

function numberOf(value: string): number | null {
  return value.trim() === '' ? null : Number(value)
}

function inputOf(root: HTMLElement, selector: string): HTMLInputElement {
  return root.querySelector<HTMLInputElement>(selector) as HTMLInputElement
}
