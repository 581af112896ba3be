interface MediaDoc {
  id: number
  alt: string
  url: string
  sizes?: { thumbnail?: { url?: string | null } }
}

/** The cover picker: upload a new image to the media library (with its description) or pick one already there. */
export function bindCoverPicker(form: HTMLFormElement): void {
  const root = form.querySelector<HTMLElement>('[data-cover]')
  if (!root) return
  const id = root.querySelector('[data-cover-id]') as HTMLInputElement
  const image = root.querySelector('[data-cover-image]') as HTMLImageElement
  const clear = root.querySelector('[data-cover-clear]') as HTMLButtonElement
  const status = root.querySelector('[data-cover-status]') as HTMLElement
  const alt = root.querySelector('[data-cover-alt]') as HTMLInputElement
  const choose = (doc: MediaDoc | null) => {
    id.value = doc ? String(doc.id) : ''
    image.src = doc ? (doc.sizes?.thumbnail?.url ?? doc.url) : ''
    image.alt = doc?.alt ?? ''
    image.hidden = !doc
    clear.hidden = !doc
  }
  clear.addEventListener('click', () => choose(null))

  root.querySelector<HTMLInputElement>('[data-cover-file]')?.addEventListener('change', async (event) => {
    const file = (event.target as HTMLInputElement).files?.[0]
    if (!file) return
    status.textContent = status.dataset.uploading ?? ''
    const body = new FormData()
    body.append('file', file)
    const title = form.querySelector<HTMLInputElement>('input[name=title]')?.value.trim()
    body.append('_payload', JSON.stringify({ alt: alt.value.trim() || title || file.name }))
    try {
      const response = await fetch('/api/media', {
        method: 'POST',
        body,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      })
      const answer = (await response.json()) as { doc?: MediaDoc; errors?: Array<{ message?: string }> }
      if (!response.ok || !answer.doc) throw new Error(answer.errors?.[0]?.message ?? form.dataset.failed)
      choose(answer.doc)
      status.textContent = ''
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : (form.dataset.failed ?? '')
    }
  })

  root.querySelector('[data-cover-library]')?.addEventListener('toggle', async (event) => {
    const details = event.target as HTMLDetailsElement
    const choices = root.querySelector('[data-cover-choices]') as HTMLElement
    if (!details.open || choices.childElementCount > 0) return
    const params = new URLSearchParams({ 'where[mimeType][contains]': 'image', limit: '12', depth: '0', sort: '-createdAt' })
    const response = await fetch(`/api/media?${params}`, { credentials: 'same-origin', headers: { accept: 'application/json' } })
    const { docs } = (await response.json()) as { docs: MediaDoc[] }
    for (const doc of docs) {
      const button = document.createElement('button')
      button.type = 'button'
      button.title = doc.alt
      const thumbnail = document.createElement('img')
      thumbnail.src = doc.sizes?.thumbnail?.url ?? doc.url
      thumbnail.alt = doc.alt
      button.append(thumbnail)
      button.addEventListener('click', () => choose(doc))
      const item = document.createElement('li')
      item.append(button)
      choices.append(item)
    }
  })
}
