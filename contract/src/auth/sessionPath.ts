/** The tracking server's path where the portal confirms a session (not routed from the public origin). */
export const sessionPath = '/api/portal/session'
