import { largestUploadBytes } from '../collections/Media/uploadRules'

const megabyte = 1024 * 1024

/**
 * The largest request body accepted per kind of request, checked before the body is read (the CMS's
 * route handlers, the launcher's front proxy; `client_max_body_size` in docs/deploy.md): file uploads to
 * the media library up to the largest upload rule, other multipart forms (the admin's document forms,
 * the member import sheet) up to 16 MB, anything else (JSON, portal forms) up to 1 MB.
 */
export const bodyLimits = { upload: largestUploadBytes, form: 16 * megabyte, other: megabyte } as const

/** The body limit for a request to `pathname` with this `Content-Type`. */
export function bodyLimitFor(pathname: string, contentType: string | null | undefined): number {
  if (!isMultipart(contentType)) return bodyLimits.other
  return isUploadPath(pathname) ? bodyLimits.upload : bodyLimits.form
}

/** Whether `pathname` is the media library's, where uploaded files are stored. */
export function isUploadPath(pathname: string): boolean {
  return pathname === '/api/media' || pathname.startsWith('/api/media/')
}

/** Whether the body is `multipart/form-data` (uploads and admin forms: only for roles that may upload). */
export function isMultipart(contentType: string | null | undefined): boolean {
  return (contentType ?? '').trim().toLowerCase().startsWith('multipart/')
}

/** A byte count for messages: "1 MB", "16 MB", "500 KB". */
export function formatBytes(bytes: number): string {
  return bytes >= megabyte ? `${Math.round(bytes / megabyte)} MB` : `${Math.round(bytes / 1024)} KB`
}
