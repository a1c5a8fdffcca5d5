import type { AppSummary } from '../api/types.ts'
import type { Locale } from '../i18n/dictionary.ts'
import { pickText } from '../i18n/pick-text.ts'

/** Apps the caller may start (published, listed as a starter), found by name or key. */
export function startableApps(apps: readonly AppSummary[], text: string, locale: Locale): AppSummary[] {
  const needle = text.trim().toLowerCase()
  return apps.filter(
    (app) =>
      app.canStart &&
      app.currentVersion !== null &&
      (!needle ||
        [pickText(app.name, locale), app.name['zh-CN'], app.name.en ?? '', app.key].some((value) =>
          value.toLowerCase().includes(needle),
        )),
  )
}
