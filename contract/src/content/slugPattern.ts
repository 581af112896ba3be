/** A readable, URL-safe slug: lowercase ASCII words joined by single hyphens, 3–80 characters. */
export const slugPattern = /^(?=.{3,80}$)[a-z0-9]+(?:-[a-z0-9]+)*$/
