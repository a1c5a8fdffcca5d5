import { describe, expect, it } from 'vitest'
import actions from '../scenarios/actions.json' with { type: 'json' }
import approvers from '../scenarios/approvers.json' with { type: 'json' }
import automation from '../scenarios/automation.json' with { type: 'json' }
import certification from '../scenarios/certification.json' with { type: 'json' }
import nodes from '../scenarios/nodes.json' with { type: 'json' }
import notifications from '../scenarios/notifications.json' with { type: 'json' }
import parallel from '../scenarios/parallel.json' with { type: 'json' }
import reassign from '../scenarios/reassign.json' with { type: 'json' }
import start from '../scenarios/start.json' with { type: 'json' }
import templates from '../scenarios/templates.json' with { type: 'json' }
import values from '../scenarios/values.json' with { type: 'json' }
import { applyEvent } from './apply.ts'
import type { InstanceState } from './model/state.ts'
import { playScenario, type ScenarioFile } from './testing/scenario.ts'

const files: Record<string, ScenarioFile> = {
  approvers: approvers as unknown as ScenarioFile,
  actions: actions as unknown as ScenarioFile,
  automation: automation as unknown as ScenarioFile,
  certification: certification as unknown as ScenarioFile,
  nodes: nodes as unknown as ScenarioFile,
  notifications: notifications as unknown as ScenarioFile,
  parallel: parallel as unknown as ScenarioFile,
  reassign: reassign as unknown as ScenarioFile,
  start: start as unknown as ScenarioFile,
  templates: templates as unknown as ScenarioFile,
  values: values as unknown as ScenarioFile,
}

describe.each(Object.entries(files))('%s scenarios', (_file, { scenarios }) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const { definition, directory, events, state } = playScenario(scenario)
    // Replaying the accepted events from nothing gives the same state (determinism).
    let replayed: InstanceState | null = null
    for (const event of events) {
      const result = applyEvent(definition, directory, replayed, event)
      if (!result.ok) throw new Error(result.refusal.message)
      replayed = result.state
    }
    expect(replayed).toEqual(state)
  })
})
