import { fieldPropertyLabel, nodeLabels } from '@signoff/analysis'
import { fieldTypes } from '@signoff/schemas'
import { describe, expect, it } from 'vitest'
import { propertySections } from '../flow/panels/property-sections.tsx'
import { dictionaries } from '../i18n/dictionary.ts'
import { baseTitles } from './base-titles.ts'
import { propertyModel } from './property-model.ts'

// The diff summary (versions drawer, `signoff diff`) names properties with @signoff/analysis's labels;
// these tests keep them the words the panels show, so a changed panel label cannot leave the diff behind.
describe('the diff names properties as the panels do', () => {
  it.each(fieldTypes)('every property of a %s field', (type) => {
    for (const model of propertyModel(type)) {
      const key = baseTitles[model.key]
      const panel = {
        'zh-CN': key ? dictionaries['zh-CN'][key] : model.title['zh-CN'],
        en: key ? dictionaries.en[key] : model.title.en,
      }
      expect(fieldPropertyLabel(type, model.key), `${type}.${model.key}`).toEqual(panel)
    }
  })

  it('every node property with a panel section', () => {
    for (const [property, section] of Object.entries(propertySections)) {
      const label = nodeLabels[property]
      expect(label, property).toBeDefined()
      // The branches' heading also says how they are tried; the diff keeps its first words.
      for (const locale of ['zh-CN', 'en'] as const)
        expect(
          dictionaries[locale][section.label].startsWith(label?.[locale] ?? '?'),
          `${property} ${locale}`,
        ).toBe(true)
    }
  })
})
