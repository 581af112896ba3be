/** The first administrator the test stack creates (through ADMIN_EMAIL / ADMIN_PASSWORD). */
export const stackAdmin = { email: 'admin@example.org', password: 'test-admin-password-2026' }
