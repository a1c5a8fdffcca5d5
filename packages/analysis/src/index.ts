export { diffApps } from './diff/diff-apps.ts'
export { displayValue } from './diff/display-value.ts'
export {
  appPropertyLabel,
  fieldBaseLabels,
  fieldPropertyLabel,
  humanize,
  leadingChinese,
  nodeLabels,
  nodePropertyLabel,
  type PropertyLabel,
} from './diff/property-labels.ts'
export type {
  AppDiff,
  EdgeChange,
  FieldChange,
  FieldRef,
  NodeChange,
  NodeRef,
  PropertyChange,
} from './diff/types.ts'
export type { LintContext, Rule } from './lint/context.ts'
export { lintContext } from './lint/context.ts'
export { type FieldFacts, fieldFacts, type ValueKind } from './lint/field-facts.ts'
export { type Finding, finding, type Severity } from './lint/finding.ts'
export { hasErrors, type LintOptions, lintApp } from './lint/lint-app.ts'
export { rules } from './lint/rules/index.ts'
