import { describe, expect, it } from 'vitest'
import { canonicalJson } from './canonical-json.ts'
import { type ChainedRow, chainStart, eventHash, verifyChain } from './hash-chain.ts'

function chain(count: number): ChainedRow[] {
  const rows: ChainedRow[] = []
  let previous = chainStart
  for (let seq = 1; seq <= count; seq++) {
    const content = {
      seq,
      type: 'comment',
      event: JSON.stringify({ type: 'comment', text: `note ${seq}` }),
      timeline: JSON.stringify({ version: seq }),
      actor: 'lisi',
      at: `2026-11-23T09:0${seq}:00.000Z`,
    }
    const hash = eventHash(previous, content)
    rows.push({ ...content, prev_hash: previous, hash })
    previous = hash
  }
  return rows
}

describe('the event hash chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyChain(chain(4))).toEqual({ ok: true })
  })

  it.each([
    [
      'an edited event',
      (rows: ChainedRow[]) => {
        rows[1] = { ...(rows[1] as ChainedRow), event: JSON.stringify({ type: 'comment', text: 'changed' }) }
      },
      2,
    ],
    [
      'an edited actor',
      (rows: ChainedRow[]) => {
        rows[2] = { ...(rows[2] as ChainedRow), actor: 'sunba' }
      },
      3,
    ],
    [
      'a removed event',
      (rows: ChainedRow[]) => {
        rows.splice(1, 1)
      },
      3,
    ],
    [
      'swapped events',
      (rows: ChainedRow[]) => {
        const [second, third] = [rows[1] as ChainedRow, rows[2] as ChainedRow]
        rows[1] = third
        rows[2] = second
      },
      3,
    ],
  ])('detects %s', (_name, tamper, seq) => {
    const rows = chain(4)
    tamper(rows)
    expect(verifyChain(rows)).toMatchObject({ ok: false, seq })
  })

  it('hashes the same content the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    )
  })
})
