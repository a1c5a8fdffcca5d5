export const sessionCookie = 'signoff_session'
export const csrfHeader = 'X-CSRF-Token'
