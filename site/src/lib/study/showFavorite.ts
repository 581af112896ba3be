/** Shows on a 收藏 button (`FavoriteButton`) whether the item is the reader's favorite, with its label. */
export function showFavorite(button: HTMLButtonElement, favorite: boolean): void {
  button.setAttribute('aria-pressed', String(favorite))
  const label = button.querySelector('span')
  if (label) label.textContent = (favorite ? button.dataset.on : button.dataset.off) ?? ''
}
