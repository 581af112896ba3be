const searched = ['articles', 'policies', 'videos', 'lectures'] as const

/** The reading-list editor: search the library (as the organizer may read it), add, reorder and remove items. */
export function bindReadingList(form: HTMLFormElement): void {
  const list = form.querySelector<HTMLOListElement>('[data-reading-list]')
  const results = form.querySelector<HTMLUListElement>('[data-results]')
  const search = form.querySelector<HTMLInputElement>('[data-search]')
  const template = document.querySelector<HTMLTemplateElement>('#reading-row-template')
  const kinds = JSON.parse(document.querySelector('#reading-kinds')?.textContent ?? '{}') as Record<string, string>
  if (!list || !results || !search || !template) return

  list.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button')
    const row = button?.closest('li')
    if (!button || !row) return
    if (button.dataset.remove !== undefined) row.remove()
    const move = Number(button.dataset.move ?? 0)
    if (move < 0 && row.previousElementSibling) list.insertBefore(row, row.previousElementSibling)
    if (move > 0 && row.nextElementSibling) list.insertBefore(row.nextElementSibling, row)
  })

  const add = (collection: string, id: number, title: string) => {
    if (list.querySelector(`li[data-collection="${collection}"][data-id="${id}"]`)) return
    const row = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement
    row.dataset.collection = collection
    row.dataset.id = String(id)
    ;(row.querySelector('.kind') as HTMLElement).textContent = kinds[collection] ?? collection
    ;(row.querySelector('[data-title]') as HTMLElement).textContent = title
    list.append(row)
  }

  const run = async () => {
    const query = search.value.trim()
    if (!query) return
    const found = await Promise.all(searched.map((collection) => findItems(collection, query)))
    results.replaceChildren()
    for (const item of found.flat()) {
      const entry = document.createElement('li')
      const label = document.createElement('span')
      label.textContent = `${kinds[item.collection] ?? ''} · ${item.title}`
      const button = document.createElement('button')
      button.type = 'button'
      button.className = 'mini'
      button.textContent = results.dataset.add ?? '+'
      button.addEventListener('click', () => add(item.collection, item.id, item.title))
      entry.append(label, button)
      results.append(entry)
    }
    if (!results.firstChild) {
      const none = document.createElement('li')
      none.textContent = results.dataset.none ?? ''
      results.append(none)
    }
  }
  form.querySelector('[data-search-go]')?.addEventListener('click', () => void run())
  search.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    void run()
  })
}

async function findItems(collection: string, query: string): Promise<Array<{ collection: string; id: number; title: string }>> {
  const params = new URLSearchParams({ 'where[title][like]': query, limit: '6', depth: '0', 'select[title]': 'true' })
  const response = await fetch(`/api/${collection}?${params}`, { credentials: 'same-origin', headers: { accept: 'application/json' } })
  if (!response.ok) return []
  const body = (await response.json()) as { docs: Array<{ id: number; title: string }> }
  return body.docs.map((doc) => ({ collection, id: doc.id, title: doc.title }))
}
