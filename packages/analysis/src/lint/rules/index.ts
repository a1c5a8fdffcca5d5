import type { Rule } from '../context.ts'
import { approverRules } from './approver-rules.ts'
import { automationOutputs } from './automation-outputs.ts'
import { branchEdges } from './branch-edges.ts'
import { conditionDefaults } from './condition-defaults.ts'
import { conditionFields } from './condition-fields.ts'
import { conditionRanges } from './condition-ranges.ts'
import { cycles } from './cycles.ts'
import { danglingEdges } from './dangling-edges.ts'
import { duplicateFieldIds } from './duplicate-field-ids.ts'
import { duplicateFlowIds } from './duplicate-flow-ids.ts'
import { duplicateOptionValues } from './duplicate-option-values.ts'
import { edgeCounts } from './edge-counts.ts'
import { expressions } from './expressions.ts'
import { fieldPermissions } from './field-permissions.ts'
import { parallelJoins } from './parallel-joins.ts'
import { reachability } from './reachability.ts'
import { rejectPaths } from './reject-paths.ts'
import { rejectTargets } from './reject-targets.ts'
import { retryFrom } from './retry-from.ts'
import { settingsReferences } from './settings-references.ts'
import { startAndEnd } from './start-and-end.ts'
import { tableColumns } from './table-columns.ts'
import { timerFields } from './timer-fields.ts'

/** Every semantic rule, in the order their findings are listed: form first, then flow, then settings. */
export const rules = {
  duplicateFieldIds,
  duplicateOptionValues,
  tableColumns,
  conditionFields,
  expressions,
  duplicateFlowIds,
  danglingEdges,
  branchEdges,
  edgeCounts,
  startAndEnd,
  reachability,
  cycles,
  parallelJoins,
  conditionDefaults,
  conditionRanges,
  approverRules,
  fieldPermissions,
  rejectTargets,
  rejectPaths,
  automationOutputs,
  retryFrom,
  timerFields,
  settingsReferences,
} satisfies Record<string, Rule>
