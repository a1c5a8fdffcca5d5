export type WorkloadName =
  | 'engine'
  | 'peer'
  | 'http'
  | 'growth'
  | 'hello'
  | 'scale'
  | 'forms'
  | 'designer'
  | 'bundles'
export const workloadNames: readonly WorkloadName[] = [
  'engine',
  'peer',
  'http',
  'growth',
  'hello',
  'scale',
  'forms',
  'designer',
  'bundles',
]

export interface BenchOptions {
  /** Procurements per measurement in workloads 1 and 2. */
  instances: number
  /** Cycles per connection in workload 3 (each completes one procurement). */
  cycles: number
  connections: number
  /** Instance counts workload 4 measures at, ascending. */
  sizes: number[]
  /** Samples per query and size in workload 4 (fewer when one size's reads take long). */
  samples: number
  only: WorkloadName[]
  /** Field counts of the generated form in workload 5. */
  formSizes: number[]
  /** Where results.json and RESULTS.md go; nothing is written without it. */
  outDir: string | undefined
}

const count = (text: string) => {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim())
  if (!match) throw new Error(`not a count: ${text} (e.g. 500, 10k, 1m)`)
  const scale = { '': 1, k: 1e3, m: 1e6 }[(match[2] ?? '').toLowerCase() as '' | 'k' | 'm']
  return Math.round(Number(match[1]) * scale)
}

export const usage = `pnpm bench [options]
  --sizes 10k,100k      instance counts for the growth workload (default 10k,100k)
  --full                the growth workload at 10k, 100k and 1m (several more minutes, ~10 GB of disk),
                        and the browser form at 1,000 fields as well as 300
  --instances 300       procurements per measurement in workloads 1 and 2
  --cycles 4            procurements per connection in the HTTP workload (50 connections)
  --samples 300         reads per query and size in the growth workload
  --only engine,peer,http,growth,hello,scale,forms,designer,bundles   run some workloads only
  --no-write            print, but leave bench/results.json and bench/RESULTS.md alone
  --out DIR             write results.json and RESULTS.md into DIR instead of bench/`

export function parseOptions(argv: readonly string[], defaultOutDir: string): BenchOptions {
  const options: BenchOptions = {
    instances: 300,
    cycles: 4,
    connections: 50,
    sizes: [10_000, 100_000],
    samples: 300,
    only: [...workloadNames],
    formSizes: [300],
    outDir: defaultOutDir,
  }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = () => {
      const next = argv[++i]
      if (next === undefined) throw new Error(`${flag} needs a value`)
      return next
    }
    if (flag === '--full') {
      options.sizes = [10_000, 100_000, 1_000_000]
      options.formSizes = [300, 1000]
    } else if (flag === '--sizes')
      options.sizes = value()
        .split(',')
        .map(count)
        .sort((a, b) => a - b)
    else if (flag === '--instances') options.instances = count(value())
    else if (flag === '--cycles') options.cycles = count(value())
    else if (flag === '--samples') options.samples = count(value())
    else if (flag === '--no-write') options.outDir = undefined
    else if (flag === '--out') options.outDir = value()
    else if (flag === '--only') {
      const names = value().split(',') as WorkloadName[]
      const unknown = names.filter((name) => !workloadNames.includes(name))
      if (unknown.length > 0) throw new Error(`unknown workload ${unknown.join(', ')}`)
      options.only = names
    } else if (flag === '--') continue
    else throw new Error(`unknown option ${flag}\n${usage}`)
  }
  return options
}
