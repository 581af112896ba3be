/** The quiz editor: switch the quiz on and off, add and remove questions and options, true/false gets its two options. */
export function bindQuizEditor(form: HTMLFormElement): void {
  const toggle = form.querySelector<HTMLInputElement>('[data-quiz-toggle]')
  const body = form.querySelector<HTMLElement>('[data-quiz-body]')
  const questions = form.querySelector<HTMLElement>('[data-questions]')
  const questionTemplate = document.querySelector<HTMLTemplateElement>('#question-template')
  const optionTemplate = document.querySelector<HTMLTemplateElement>('#option-template')
  if (!toggle || !body || !questions || !questionTemplate || !optionTemplate) return

  const addOption = (question: HTMLElement, text = '', correct = false) => {
    const option = (optionTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement
    ;(option.querySelector('[data-option-text]') as HTMLInputElement).value = text
    ;(option.querySelector('[data-correct]') as HTMLInputElement).checked = correct
    question.querySelector('[data-options]')?.append(option)
  }
  const renumber = () => {
    for (const [index, legend] of [...questions.querySelectorAll('[data-question-number]')].entries()) {
      legend.textContent = (questions.dataset.label ?? '{number}').replace('{number}', String(index + 1))
    }
  }

  toggle.addEventListener('change', () => {
    body.hidden = !toggle.checked
  })
  form.querySelector('[data-add-question]')?.addEventListener('click', () => {
    const question = (questionTemplate.content.firstElementChild as HTMLElement).cloneNode(true) as HTMLElement
    questions.append(question)
    addOption(question, '', true)
    addOption(question)
    renumber()
    question.querySelector<HTMLTextAreaElement>('[data-prompt]')?.focus()
  })
  questions.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button')
    const question = button?.closest<HTMLElement>('[data-question]')
    if (!button || !question) return
    if (button.dataset.addOption !== undefined) addOption(question)
    if (button.dataset.removeOption !== undefined) button.closest('[data-option]')?.remove()
    if (button.dataset.removeQuestion !== undefined) {
      question.remove()
      renumber()
    }
  })
  questions.addEventListener('change', (event) => {
    const select = event.target as HTMLSelectElement
    const question = select.closest<HTMLElement>('[data-question]')
    if (select.dataset.kind === undefined || !question || select.value !== 'trueFalse') return
    question.querySelector('[data-options]')?.replaceChildren()
    addOption(question, '正确', true)
    addOption(question, '错误')
  })
}
