import type { AppDefinition } from '@signoff/schemas'

/** What the engine needs of an app version: the form (conditions, permissions), the flow and the settings. */
export type EngineDefinition = Pick<AppDefinition, 'form' | 'flow' | 'settings'>
