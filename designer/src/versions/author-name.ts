import type { DirectoryUser } from '../flow/directory.ts'

/**
 * Who published a version, by name: the runtime records the user id. Versions made without a user
 * (the demo seed) are the system's; an id the directory does not know (not loaded yet, or gone) shows
 * as it is rather than nothing.
 */
export function authorName(
  authorId: string | null,
  users: readonly DirectoryUser[] | undefined,
  system: string,
): string {
  if (authorId === null) return system
  return users?.find((user) => user.id === authorId)?.name ?? authorId
}
