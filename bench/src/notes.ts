/**
 * Why a missed target is missed and what would close it, by workload (check id prefix), from the
 * profiles and query plans taken while building this benchmark (bench/README.md has the method).
 * Shown in RESULTS.md only for the workloads whose targets a run misses.
 */
export const missNotes: Record<string, string> = {
  engine: [
    '**1. Engine + persistence (also 2, speed).** Profiled with `node --cpu-prof` over a loop of',
    'procurements (bench/README.md). First cause, about half the CPU: Ajv compiled the submission',
    'schema on every event, because the engine caches validators per form object and the runtime',
    'parsed the app version from JSON on every load, so the cache never hit. The runtime now shares one',
    'parsed definition per version (`runtime/src/apps/version-definitions.ts`, added during this work);',
    'with it the NORMAL ratio went from 0.012 to 0.049 in a rerun on the same loaded machine. What the',
    "profile shows after that: a quarter of the CPU in Kysely's SQLite driver, which prepares every",
    'statement anew (`db.prepare` per query: 10% alone) for about 90 statements per instance, 27 of them writes;',
    'each transaction re-reads the whole directory (six queries: departments, roles, users, user_roles,',
    'delegations, work_calendars), re-reads the instance after writing it, and `start` renders the',
    'full view (event log, chain verification, predicted path). Next fixes in the runtime: a',
    'prepared-statement cache in the SQLite dialect; a per-tenant directory cache invalidated by org',
    'writes; return the instance built from the rows just written; `Intl.DateTimeFormat` for serial',
    'dates made once, not per call. Raw replay does only the 27 writes, so 0.5 also needs fewer reads.',
    'Bytes (4 KB target): per completed procurement the file grows ~9 KB: 4 event rows ~4.1 KB (event',
    'and timeline JSON, two hex SHA-256 hashes), the instance row ~2.1 KB (the state JSON, rewritten',
    'on each step), 8 notification rows ~1.7 KB with their two indexes, 4 task rows ~1.3 KB with three',
    'indexes (from `dbstat`). Closing it: hashes as 32-byte blobs, no stored timeline where it can be',
    'derived from the event, fewer notice rows (one per step for the initiator is 4 of the 8), integer',
    'row keys instead of 25-character text ids repeated in every index.',
  ].join('\n'),
  peer: [
    '**2. Against bpmn-engine.** Speed: the same causes as workload 1; bpmn-engine pays for',
    'serialising its ~14 KB state on each wait, ours for the schema compile and directory reads. Bytes:',
    'bpmn-engine keeps one state row per instance and overwrites it, ours keeps the append-only,',
    'hash-chained event log, the task projection and in-app notices, so ≤ 1/10 (about 1.2 KB per',
    'instance, little more than the form values alone) is out of reach without dropping the audit',
    'trail; the byte savings listed under workload 1 narrow the gap but do not close it.',
  ].join('\n'),
  http: [
    '**3. HTTP.** One Node process and one SQLite connection serve everything, so with 50 connections',
    'requests queue behind each other: p99 ≈ queue length × service time, and reaching 20 ms at 50',
    'connections needs well under 1 ms per request. The errors are client-side connection errors',
    'counted by autocannon, timeouts (30 s) of requests stuck in that queue among them (the rest were',
    "not classified); the server sent no non-2xx answer. A failed step ends that connection's cycle,",
    'which also lowers the completed count. The CPU fixes of workload 1 apply; on top, each',
    'approve answers with the full instance view, which re-reads the event log and re-verifies the',
    'whole hash chain, and each inbox page loads its instances one query at a time. Peak RSS includes',
    'tsx compiling TypeScript in memory and the garbage of the per-event Ajv compiles; a built',
    '(compiled JS) server without those compiles has not been measured yet.',
  ].join('\n'),
  growth: [
    '**4. Growth.** Instance searches stay flat once the indexes in the order they sort by exist',
    '(migration 0007-growth-indexes, in the working tree during the 2026-11-23 13:00 run). The inbox',
    'still grows with history: its answer carries all four counts, and `count(*)` of the done and CC',
    'boxes walks every task the user ever had. Fix: cap those counts (`select count(*) from (… limit',
    '1000)`, shown as 999+) or keep them as counters updated with the task projection.',
  ].join('\n'),
}
