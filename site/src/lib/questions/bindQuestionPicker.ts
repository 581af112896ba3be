/**
 * Browser side of every bank-question picker on the page: the search box and the topic and difficulty
 * lists hide the questions that do not match (chosen ones stay visible, so nothing chosen is hidden).
 */
export function bindQuestionPickers(): void {
  for (const picker of document.querySelectorAll<HTMLElement>('[data-question-picker]')) {
    const search = picker.querySelector<HTMLInputElement>('[data-picker-search]')
    const topic = picker.querySelector<HTMLSelectElement>('[data-picker-topic]')
    const difficulty = picker.querySelector<HTMLSelectElement>('[data-picker-difficulty]')
    const none = picker.querySelector<HTMLElement>('[data-picker-none]')
    const filter = () => {
      const words = (search?.value ?? '').trim().toLowerCase()
      let shown = 0
      for (const item of picker.querySelectorAll<HTMLElement>('[data-picker-item]')) {
        const matches =
          (!words || (item.textContent ?? '').toLowerCase().includes(words)) &&
          (!topic?.value || item.dataset.topic === topic.value) &&
          (!difficulty?.value || item.dataset.difficulty === difficulty.value)
        item.hidden = !matches && !item.querySelector<HTMLInputElement>('input')?.checked
        if (!item.hidden) shown += 1
      }
      if (none) none.hidden = shown > 0
    }
    search?.addEventListener('input', filter)
    topic?.addEventListener('change', filter)
    difficulty?.addEventListener('change', filter)
  }
}
