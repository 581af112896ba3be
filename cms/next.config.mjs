import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js config for the CMS; Payload adds its admin and API routes. */
const nextConfig = {
  poweredByHeader: false,
  // `npm run typecheck` (part of `npm test`) checks every file; skipping it here saves build time.
  typescript: { ignoreBuildErrors: true },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
