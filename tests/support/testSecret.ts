/** The session-signing secret used by test servers (never a real deployment's). */
export const testSecret = 'test-secret-0123456789abcdef0123456789abcdef'
