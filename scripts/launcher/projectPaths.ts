import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Absolute paths the launcher needs, resolved from the repository root. */
export const projectPaths = {
  root,
  contentDir: path.join(root, 'content'),
  nextBin: path.join(root, 'node_modules/next/dist/bin/next'),
  astroBin: path.join(root, 'node_modules/astro/bin/astro.mjs'),
  cmsDir: path.join(root, 'cms'),
  siteDir: path.join(root, 'site'),
  prepareScript: path.join(root, 'scripts/prepare-database.ts'),
  /** What `astro build` writes last; the portal server loads it. */
  siteBuild: path.join(root, 'site/dist/server/entry.mjs'),
  siteServer: path.join(root, 'site/server/portalServer.ts'),
  searchEntry: path.join(root, 'cms/src/processes/searchProcess.ts'),
  /** The search process's production build (`buildSearchProcess.ts`): its entry, which it writes last. */
  searchBuildDir: path.join(root, 'cms/.search-build'),
  searchBuild: path.join(root, 'cms/.search-build/searchProcess.js'),
  buildSearchScript: path.join(root, 'scripts/launcher/buildSearchProcess.ts'),
}
