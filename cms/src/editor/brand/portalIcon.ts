/** The portal's mark (red square, gold star), served by the portal on the admin's own origin. */
export const portalIconUrl = '/favicon.svg'
