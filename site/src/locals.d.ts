/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The signed-in reader, or null (set by the middleware on every request). */
    user: import('./lib/session/SessionUser').SessionUser | null
    /** Given by the portal server (`site/server/portalServer.ts`); absent under `astro dev`. */
    pageLane?: import('./lib/PageLane').PageLane
  }
}
