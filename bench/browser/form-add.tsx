import { FormTab } from '../../designer/src/ui/form-tab.tsx'
import '../../designer/src/ui/designer.css'
import { placeFindings } from '../../designer/src/lint/findings-by-field.ts'
import { designerStore, useDesigner } from '../../designer/src/store/use-designer.ts'
import { bigApp } from './flow-fixture.ts'
import { countOf, installBench } from './harness.ts'

function FormDesigner() {
  const app = useDesigner((state) => state.app)
  if (!app) return null
  return <FormTab app={app} placed={placeFindings(app.form.fields, [])} />
}

installBench({
  mount: (size) => {
    designerStore.getState().load(bigApp(size))
    return <FormDesigner />
  },
  probes: { count: countOf },
  actions: {
    // What dropping a field from the palette at the end of the form does, without the pointer gesture.
    addText() {
      const { app, addField } = designerStore.getState()
      addField('text', { parentId: null, index: app?.form.fields.length ?? 0 })
    },
  },
})
