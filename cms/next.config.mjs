import { withPayload } from '@payloadcms/next/withPayload'

/** Next.js config for the CMS; Payload adds its admin and API routes. */
const nextConfig = {
  poweredByHeader: false,
  // The launcher's front proxy serves every app on one origin; keep build output local to cms/.
  distDir: '.next',
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
