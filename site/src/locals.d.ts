/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in reader, or null (set by the middleware on every request). */
    user: import('./lib/session/SessionUser').SessionUser | null
  }
}
