import node from '@astrojs/node'
import { defineConfig } from 'astro/config'

/** The portal: server-rendered Astro on Node, talking to the CMS over HTTP only. */
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
  trailingSlash: 'never',
  build: { inlineStylesheets: 'always' },
  security: { checkOrigin: true },
})
