export { demoDirectory, demoTenantName } from './demo-directory.ts'
export { platformDirectory, platformTenantName } from './platform-directory.ts'
export { type SampleSubmission, sampleSubmissions } from './samples.ts'
export {
  getTemplate,
  isTemplateKey,
  type Template,
  type TemplateKey,
  type TemplateTenant,
  templateKeys,
  templates,
} from './templates.ts'
export { tenantDirectories } from './tenant-directories.ts'
