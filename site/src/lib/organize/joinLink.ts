import QRCode from 'qrcode'
import { publicUrl } from '../publicUrl'

/** The address members open to join a campaign, on the portal's public address. */
export function joinLink(slug: string): string {
  return publicUrl(`/campaigns/${encodeURIComponent(slug)}?join=1`)
}

/** A QR code for the link as inline SVG, rendered on the server (no script, prints sharply at any size). */
export function qrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 1, color: { dark: '#1f1f1f', light: '#ffffff' } })
}
