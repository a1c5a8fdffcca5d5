/** The browser's own calendar day as "YYYY-MM-DD": rules like "date ≥ today" read the owner's day. */
export const localDate = (now: Date) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`
