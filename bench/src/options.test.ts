import { describe, expect, it } from 'vitest'
import { parseOptions } from './options.ts'

describe('bench options', () => {
  it('reads sizes with k and m, sorted, and --full adds the million', () => {
    expect(parseOptions(['--sizes', '100k,10k'], '/out').sizes).toEqual([10_000, 100_000])
    expect(parseOptions(['--full'], '/out').sizes).toEqual([10_000, 100_000, 1_000_000])
    expect(parseOptions(['--no-write'], '/out').outDir).toBeUndefined()
  })

  it('refuses unknown workloads and options', () => {
    expect(() => parseOptions(['--only', 'engine,nope'], '/out')).toThrow(/unknown workload nope/)
    expect(() => parseOptions(['--fast'], '/out')).toThrow(/unknown option --fast/)
  })
})
