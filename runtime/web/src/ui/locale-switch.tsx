import { Segmented } from 'antd'
import { type Locale, locales } from '../i18n/dictionary.ts'
import { setLocale, useLocale, useMessages } from '../i18n/locale-store.ts'

export function LocaleSwitch() {
  const locale = useLocale()
  const t = useMessages()
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t.language}
      value={locale}
      onChange={setLocale}
      options={locales.map((value) => ({ value, label: value === 'en' ? 'EN' : '中' }))}
    />
  )
}
