import SQLite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { withStatementCache } from './statement-cache.ts'

describe('withStatementCache', () => {
  it('prepares each SQL text once and keeps only the most recently used', () => {
    const database = withStatementCache(new SQLite(':memory:'), 2)
    const one = database.prepare('select 1 as n')
    expect(database.prepare('select 1 as n')).toBe(one)
    const two = database.prepare('select 2 as n')
    expect(database.prepare('select 1 as n')).toBe(one)
    database.prepare('select 3 as n')
    // "select 2" was the least recently used of three: prepared anew, "select 1" kept.
    expect(database.prepare('select 2 as n')).not.toBe(two)
    database.close()
  })

  it('answers with the current schema after a migration changed the table under a kept statement', () => {
    const database = withStatementCache(new SQLite(':memory:'))
    database.prepare('create table t (a integer)').run([])
    database.prepare('insert into t (a) values (?)').run([1])
    expect(database.prepare('select * from t').all([])).toEqual([{ a: 1 }])
    database.prepare('alter table t add column b text').run([])
    database.prepare('insert into t (a, b) values (?, ?)').run([2, 'x'])
    expect(database.prepare('select * from t').all([])).toEqual([
      { a: 1, b: null },
      { a: 2, b: 'x' },
    ])
    database.close()
  })
})
