import QRCode from 'qrcode'
import { env } from '../../env'

/** The address members open to join a campaign (the portal's public address, else the request's origin). */
export function joinLink(slug: string, origin: string): string {
  return `${env.PORTAL_PUBLIC_URL ?? origin}/campaigns/${encodeURIComponent(slug)}?join=1`
}

/** A QR code for the link as inline SVG, rendered on the server (no script, prints sharply at any size). */
export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#1f1f1f', light: '#ffffff' } })
}
