import type { Directory } from '@signoff/schemas'
import { demoDirectory } from './demo-directory.ts'
import { platformDirectory } from './platform-directory.ts'
import type { TemplateTenant } from './templates.ts'

/** The demo directory each kind of template runs against. */
export const tenantDirectories: Readonly<Record<TemplateTenant, Directory>> = {
  organization: demoDirectory,
  platform: platformDirectory,
}
