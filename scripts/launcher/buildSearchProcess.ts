import { build } from 'esbuild'
import { projectPaths } from './projectPaths'

// The search process's production build (run by `ensureBuilt`): its entry and every project module it loads,
// the CMS's and the contract's, in one ES-module bundle; what it loads later (Payload's config, with its
// collections) is a chunk of the same build, imported only when needed, so each module exists once. Packages
// from node_modules stay outside and load as they are. Through tsx, spawn to listening took 0.8–1.1 s on a quiet
// machine, most of it module loading; from this bundle 0.24–0.34 s (issue 16: restart-to-searchable). The folder is
// not emptied first: a search process already running from it loads its Payload chunk later, by its hashed name.
await build({
  entryPoints: [projectPaths.searchEntry],
  outdir: projectPaths.searchBuildDir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'packages-stay-outside',
      setup(builder) {
        // Bare imports are packages, loaded from node_modules at run time; the contract's TypeScript is bundled.
        builder.onResolve({ filter: /^[^./]/ }, ({ path }) => (path.startsWith('@xuexi/') ? undefined : { path, external: true }))
      },
    },
  ],
})
