/**
 * Runtime values of CEL message types. A Map holds only the keys it was given, so a field lookup can never
 * reach a prototype member, and an absent key is what `has(form.x)` tests.
 */
export class CelRecord extends Map<string, unknown> {}

export class DateRangeRecord extends CelRecord {}
export class FileRecord extends CelRecord {}
export class InitiatorRecord extends CelRecord {}
export class CalendarRecord extends CelRecord {}
export class OrgRecord extends CelRecord {}

export type RecordClass = new (entries?: Iterable<readonly [string, unknown]>) => CelRecord

/** cel-js tells message types apart by constructor, so every form and table row type needs its own class. */
export function recordClass(): RecordClass {
  return class extends CelRecord {}
}
