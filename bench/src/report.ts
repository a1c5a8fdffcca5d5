import { browserNotes } from './browser-notes.ts'
import { browserDetails } from './browser-report.ts'
import type { Check } from './checks.ts'
import type { Machine } from './machine.ts'
import { missNotes } from './notes.ts'
import { label, type Results } from './run.ts'

const fmt = (value: number, digits = 2) =>
  Number.isFinite(value)
    ? Math.abs(value) >= 100 || Number.isInteger(value)
      ? Math.round(value).toLocaleString('en-US')
      : value.toFixed(digits)
    : String(value)

export function checkLine(item: Check): string {
  const unit = item.unit ? ` ${item.unit}` : ''
  return `${item.met ? 'met ' : 'MISS'}  ${item.metric}: ${fmt(item.value, 3)}${unit}  (target ${item.op} ${fmt(item.target)}${unit})`
}

function table(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) =>
    `| ${cells.map((cell) => (typeof cell === 'number' ? fmt(cell) : cell)).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

function details(results: Results): string[] {
  const out: string[] = []
  const { engine, peer, http, growth, hello } = results
  if (engine) {
    out.push('### 1. Engine + persistence vs raw better-sqlite3', '')
    out.push(
      table(
        ['synchronous', 'instances', 'ours inst/s', 'raw inst/s', 'raw tx/s', 'writes/inst', 'ours ÷ raw'],
        [engine.normal, engine.full].map((run) => [
          run.synchronous,
          run.instances,
          run.oursPerSecond,
          run.rawPerSecond,
          run.rawTransactionsPerSecond,
          run.writesPerInstance,
          fmt(run.ratio, 3),
        ]),
      ),
      '',
    )
  }
  if (peer) {
    out.push('### 2. Against bpmn-engine (state saved to SQLite at each wait, recovered per approval)', '')
    out.push(
      table(
        ['', 'completed inst/s', 'stored bytes/inst', 'bytes per save'],
        [
          [
            'Signoff (service layer, SQLite NORMAL)',
            peer.ours.oursPerSecond,
            peer.ours.bytesPerInstance,
            '–',
          ],
          ['bpmn-engine 25.0.1', peer.peer.perSecond, peer.peer.bytesPerInstance, peer.peer.stateBytes],
        ],
      ),
      '',
    )
  }
  if (http) {
    const run = http.run
    out.push('### 3. HTTP (autocannon on loopback against `runtime/src/main.ts`)', '')
    out.push(
      table(
        [
          'connections',
          'requests',
          'completed',
          'inst/s',
          'in-process inst/s',
          'p50 ms',
          'p99 ms',
          'errors (timeouts)',
          'non-2xx',
          'peak RSS MiB',
          'seconds',
        ],
        [
          [
            run.connections,
            run.requests,
            run.instancesCompleted,
            run.instancesPerSecond,
            http.inProcessPerSecond,
            run.latencyP50,
            run.latencyP99,
            `${run.errors} (${run.timeouts})`,
            run.non2xx,
            run.rssPeakBytes / 1024 / 1024,
            run.durationSeconds,
          ],
        ],
      ),
      '',
    )
  }
  if (growth && growth.length > 0) {
    out.push('### 4. Growth (p50 / p99 ms, in-process HTTP app, one page of 20)', '')
    const first = growth[0] as (typeof growth)[number]
    out.push(
      table(
        ['query', ...growth.map((point) => label(point.instances))],
        first.queries.map((query, index) => [
          query.name,
          ...growth.map((point) => {
            const at = point.queries[index]
            return at ? `${fmt(at.p50)} / ${fmt(at.p99)} (${at.samples})` : '–'
          }),
        ]),
      ),
      '',
      table(
        ['', ...growth.map((point) => label(point.instances))],
        [
          ['database bytes per instance (mix)', ...growth.map((point) => point.bytesPerInstance)],
          ['seconds to add the rows', ...growth.map((point) => point.seedSeconds)],
        ],
      ),
      '',
    )
  }
  if (results.scaleOut) {
    const run = results.scaleOut
    out.push('### 7. Scale-out on PostgreSQL (service layer; pgbench replays the same statements)', '')
    out.push(
      table(
        [
          'connections',
          'instances',
          '1 process inst/s',
          '2 processes inst/s',
          'pgbench inst/s',
          'statements/inst',
          'lost',
          'duplicates',
        ],
        [
          [
            run.connections,
            run.instances,
            run.onePerSecond,
            run.twoPerSecond,
            run.pgbenchPerSecond,
            run.statementsPerInstance,
            run.lost,
            run.duplicates,
          ],
        ],
      ),
      '',
    )
  }
  if (hello) {
    out.push('### Hono vs plain node:http (hello world, 50 connections; no target, reference 0.7–0.9)', '')
    out.push(
      table(
        ['Hono req/s', 'node:http req/s', 'ratio'],
        [[hello.honoPerSecond, hello.nodePerSecond, fmt(hello.ratio, 3)]],
      ),
      '',
    )
  }
  return out
}

export function renderMarkdown(machine: Machine, checks: Check[], results: Results, command: string): string {
  const misses = checks.filter((item) => !item.met)
  const notes: Record<string, string> = { ...missNotes, ...browserNotes }
  const noted = [...new Set(misses.map((item) => notes[item.id.split('.')[0] as string] ?? ''))].filter(
    Boolean,
  )
  return [
    '# Benchmark results',
    '',
    `Generated by \`${command}\` (bench/src/main.ts); do not edit by hand. How to run and what each workload does: bench/README.md.`,
    '',
    table(
      ['machine', ''],
      [
        ['CPU', machine.cpu],
        ['cores', machine.cores],
        ['RAM', `${machine.memoryGiB} GiB`],
        ['Node', machine.node],
        ['OS', machine.os],
        ['date', machine.date],
        [
          'load average (1 min) at start / end',
          `${fmt(machine.loadAtStart)} / ${fmt(machine.loadAtEnd ?? Number.NaN)}`,
        ],
      ],
    ),
    '',
    '**Noise.** This machine is shared: other processes were running during the run (see the load',
    'average against the core count), so absolute figures are low and vary between runs. Every target is',
    'a ratio of two figures measured in the same run, and workload 1 alternates ours and raw in rounds so',
    'that load hits both alike; latency figures (p99) are the most affected.',
    '',
    '## Targets',
    '',
    table(
      ['workload', 'metric', 'measured', 'target', ''],
      checks.map((item) => [
        item.workload,
        item.metric,
        `${fmt(item.value, 3)}${item.unit ? ` ${item.unit}` : ''}`,
        `${item.op} ${fmt(item.target)}${item.unit ? ` ${item.unit}` : ''}`,
        item.met ? 'met' : '**missed**',
      ]),
    ),
    '',
    ...(noted.length > 0
      ? ['## Why the misses, and what would close them', '', ...noted.flatMap((note) => [note, ''])]
      : []),
    '## Figures',
    '',
    ...details(results),
    ...(results.browser ? browserDetails(results.browser, table, fmt) : []),
    '## Not run',
    '',
    ...results.skipped.map((item) => `- ${item.workload}: ${item.reason}.`),
    '',
  ].join('\n')
}
