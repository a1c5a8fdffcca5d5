import { type BundleSize, bundleSize } from './browser-bundles.ts'
import { type DesignerRun, designerInBrowser } from './browser-designer.ts'
import { type FormsRun, formsInBrowser } from './browser-forms.ts'
import { openPages } from './browser-pages.ts'
import { type Check, check } from './checks.ts'

export interface BrowserResults {
  forms?: FormsRun[]
  designer?: DesignerRun
  bundles?: BundleSize[]
}

/** Initial gzipped JavaScript before the pages were split into lazy chunks (commit 7fde149, same sizing). */
export const bundlesBefore = { workspace: 482_768, designer: 447_603 }

const kB = 1000

/** Workloads 5 and 6, and the apps' initial JavaScript (part of 6). */
export async function runBrowserWorkloads(
  wants: { forms: boolean; designer: boolean; bundles: boolean; formSizes: number[] },
  log: (line: string) => void,
): Promise<BrowserResults> {
  const results: BrowserResults = {}
  if (wants.forms || wants.designer) {
    log('   building the browser pages (Vite) and starting Chromium…')
    const pages = await openPages()
    try {
      if (wants.forms) {
        results.forms = []
        for (const fields of wants.formSizes) {
          log(`5. forms in Chromium: ${fields} fields, ours vs @rjsf/core…`)
          results.forms.push(await formsInBrowser(pages, { fields }))
        }
      }
      if (wants.designer) {
        log('6. designer in Chromium: drag on 500 nodes vs bare React Flow, add a field to 200, layout 150…')
        results.designer = await designerInBrowser(pages)
      }
    } finally {
      await pages.close()
    }
  }
  if (wants.bundles) {
    log('6. initial JavaScript of the workspace and the designer (Vite production builds)…')
    results.bundles = [await bundleSize('workspace'), await bundleSize('designer')]
  }
  return results
}

export function browserChecks({ forms, designer, bundles }: BrowserResults): Check[] {
  const checks: Check[] = []
  for (const run of forms ?? []) {
    const at = `${run.fields} fields`
    checks.push(
      check(
        `forms.render${run.fields}`,
        '5',
        `first render ours ÷ rjsf, ${at}`,
        run.firstRenderOurs / run.firstRenderRjsf,
        '<=',
        0.5,
      ),
      check(
        `forms.key${run.fields}`,
        '5',
        `keystroke → total ours ÷ rjsf, ${at}`,
        run.keystrokeOurs / run.keystrokeRjsf,
        '<=',
        0.1,
      ),
      check(
        `forms.keyMs${run.fields}`,
        '5',
        `keystroke → total, ours, ${at} (median)`,
        run.keystrokeOurs,
        '<=',
        run.fields >= 1000 ? 50 : 16,
        'ms',
      ),
    )
  }
  if (designer)
    checks.push(
      check(
        'designer.drag',
        '6',
        `drag on ${designer.flowNodes} nodes, ours ÷ bare React Flow (median per move)`,
        designer.dragOurs / designer.dragBare,
        '<=',
        1.2,
      ),
      check(
        'designer.add',
        '6',
        `add a field to a ${designer.formFields}-field form (median)`,
        designer.addField,
        '<=',
        50,
        'ms',
      ),
    )
  const workspace = bundles?.find((item) => item.app === 'workspace')
  if (workspace)
    checks.push(
      check(
        'bundles.workspace',
        '6',
        'workspace initial JavaScript, gzipped',
        workspace.initialGzipBytes / kB,
        '<=',
        300,
        'kB',
      ),
    )
  return checks
}
