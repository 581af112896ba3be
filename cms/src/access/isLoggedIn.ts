import type { Access } from 'payload'

/** Anyone who is signed in. */
export const isLoggedIn: Access = ({ req }) => Boolean(req.user)
