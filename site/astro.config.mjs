import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

/** The portal: server-rendered Astro on Node, talking to the CMS over HTTP only. */
export default defineConfig({
  output: 'server',
  // The portal server (site/server/portalServer.ts) serves the client files and hands pages to Astro.
  adapter: node({ mode: 'middleware' }),
  trailingSlash: 'never',
  build: { inlineStylesheets: 'always' },
  // The origin check lives in src/middleware.ts: Astro's compares with the URL the portal sees,
  // which behind a TLS proxy is http, and its allowedDomains are fixed at build time.
  security: { checkOrigin: false },
})
