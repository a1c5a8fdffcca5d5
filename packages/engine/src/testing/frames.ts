import type { InstanceState, Token } from '../model/state.ts'

/**
 * What is wrong with the parallel bookkeeping of a state, if anything: every token's frames exist, and
 * each frame has exactly as many live branches (tokens directly in it, or splits nested in it) as
 * branches still to arrive at its join. While returned, the paths to resume count as the live ones;
 * a finished instance keeps no tokens and no frames.
 */
export function frameProblems(state: InstanceState): string[] {
  const finished = state.status !== 'running' && state.status !== 'returned'
  if (finished)
    return state.tokens.length + state.frames.length > 0 ? ['a finished instance keeps tokens or frames'] : []
  const live: Token[] = state.status === 'returned' ? (state.returned?.tokens ?? []) : state.tokens
  if (state.status === 'returned' && state.tokens.length > 0) return ['a returned instance has live tokens']
  const problems: string[] = []
  const known = new Set(state.frames.map((f) => f.id))
  for (const token of live)
    for (const frame of token.frames)
      if (!known.has(frame)) problems.push(`token ${token.id} at ${token.node} lost frame ${frame}`)
  for (const frame of state.frames) {
    for (const parent of frame.parentFrames)
      if (!known.has(parent)) problems.push(`frame ${frame.id} lost its parent ${parent}`)
    const branches =
      live.filter((t) => t.frames.at(-1) === frame.id).length +
      state.frames.filter((f) => f.parentFrames.at(-1) === frame.id).length
    if (branches !== frame.expected - frame.arrived)
      problems.push(
        `frame ${frame.id} of ${frame.split} waits for ${frame.expected - frame.arrived} branches but ${branches} are live`,
      )
  }
  return problems
}
