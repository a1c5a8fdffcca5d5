import { type BrowserResults, bundlesBefore } from './browser-run.ts'

type Table = (header: string[], rows: (string | number)[][]) => string
type Format = (value: number, digits?: number) => string

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

/** The figures of workloads 5 and 6 as RESULTS.md shows them. */
export function browserDetails(
  { forms, designer, bundles }: BrowserResults,
  table: Table,
  fmt: Format,
): string[] {
  const out: string[] = []
  if (forms && forms.length > 0) {
    out.push(
      '### 5. Forms in Chromium (ours: `FormRenderer`; rjsf: @rjsf/core 6 + @rjsf/antd + validator-ajv8, live validation)',
      '',
      table(
        [
          'fields',
          'first render ours ms',
          'rjsf ms',
          'ours ÷ rjsf',
          'keystroke → total ours ms (p95)',
          'rjsf ms (p95)',
          'ours ÷ rjsf',
        ],
        forms.map((run) => [
          run.fields,
          fmt(run.firstRenderOurs, 1),
          fmt(run.firstRenderRjsf, 1),
          fmt(run.firstRenderOurs / run.firstRenderRjsf, 3),
          `${fmt(run.keystrokeOurs, 1)} (${fmt(run.keystrokeOursP95, 1)})`,
          `${fmt(run.keystrokeRjsf, 1)} (${fmt(run.keystrokeRjsfP95, 1)})`,
          fmt(run.keystrokeOurs / run.keystrokeRjsf, 3),
        ]),
      ),
      '',
    )
  }
  if (designer) {
    out.push(
      '### 6. Designer in Chromium',
      '',
      table(
        ['measure', 'ours', 'baseline', 'ratio'],
        [
          [
            `pointer move → card redrawn, ${designer.flowNodes}-node flow, median ms (p95)`,
            `${fmt(designer.dragOurs, 1)} (${fmt(designer.dragOursP95, 1)})`,
            `${fmt(designer.dragBare, 1)} (${fmt(designer.dragBareP95, 1)}) bare @xyflow/react`,
            fmt(designer.dragOurs / designer.dragBare, 3),
          ],
          [
            `add a field to a ${designer.formFields}-field form, median ms`,
            fmt(designer.addField, 1),
            '–',
            '–',
          ],
          [`lay out a ${designer.layoutNodes}-node flow, median ms`, fmt(designer.layout, 1), '–', '–'],
        ],
      ),
      '',
    )
  }
  if (bundles && bundles.length > 0) {
    out.push(
      '### 6. Initial JavaScript (entry chunk and its static imports, gzipped, Vite production build)',
      '',
      table(
        ['app', 'initial files', 'initial', 'initial gzipped', 'before lazy pages', 'all chunks gzipped'],
        bundles.map((item) => [
          item.app,
          item.initialFiles,
          kB(item.initialBytes),
          kB(item.initialGzipBytes),
          kB(bundlesBefore[item.app as keyof typeof bundlesBefore]),
          kB(item.totalGzipBytes),
        ]),
      ),
      '',
    )
  }
  return out
}
