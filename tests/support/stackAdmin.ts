/** The first administrator the test stack creates (through ADMIN_EMAIL / ADMIN_PASSWORD). */
export const stackAdmin = { email: 'admin@example.org', password: 'test-admin-password-2026' }

/** Sample members the test stack seeds from content/members.csv, all with this password. */
export const sampleMembers = { member: '13800000002', organizer: '13800000001', password: 'sample-member-2026' }
