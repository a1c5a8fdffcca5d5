/** Why a browser target is missed and what would close it, by check id prefix (shown in RESULTS.md). */
export const browserNotes: Record<string, string> = {}
