import { env } from '../env'

/** The absolute address of a portal path on the public origin (`PORTAL_PUBLIC_URL`), whatever Host a request named. */
export function publicUrl(path: string): string {
  return new URL(path, `${env.PORTAL_PUBLIC_URL}/`).href
}
