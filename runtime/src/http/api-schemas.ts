// Request and response bodies of the HTTP API as JSON Schemas (2020-12). They refer to the
// definition schemas in schemas/json by $id, are compiled once for request validation and are the
// same objects the OpenAPI document is built from: one source of truth.

import { twoFactorSchemas } from '../auth/two-factor-schemas.ts'
import { instanceSchemas } from './instance-schemas.ts'

const id = { $ref: '../common.schema.json#/$defs/identifier' }
const i18n = { $ref: '../common.schema.json#/$defs/i18nText' }
const text = (maxLength: number) => ({ type: 'string', minLength: 1, maxLength })
const timestamp = { type: 'string', format: 'date-time' }
const date = { type: 'string', format: 'date' }
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] })
const login = { type: 'string', pattern: '^[a-z][a-z0-9_.-]{1,63}$' }
const password = { type: 'string', minLength: 8, maxLength: 200 }
const email = { type: 'string', format: 'email', maxLength: 254 }
const phone = { type: 'string', pattern: '^1[3-9][0-9]{9}$' }
const listOf = (ref: string) => ({
  type: 'object',
  properties: { items: { type: 'array', items: { $ref: ref } } },
  required: ['items'],
  additionalProperties: false,
})
const object = (
  properties: Record<string, unknown>,
  required: string[],
  extra: Record<string, unknown> = {},
) => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
  ...extra,
})

export const apiSchemas = {
  Error: object(
    {
      error: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          message: { type: 'string' },
          path: { type: 'string', description: 'JSON Pointer of the offending value in the request' },
          issues: { type: 'array' },
        },
        required: ['code', 'message'],
      },
    },
    ['error'],
  ),
  Health: object({ status: { enum: ['ok', 'unavailable'] }, database: { type: 'boolean' } }, [
    'status',
    'database',
  ]),
  LoginRequest: object(
    { login: text(64), password: { type: 'string', minLength: 1, maxLength: 200 }, tenant: text(64) },
    ['login', 'password'],
  ),
  Tenant: object(
    {
      id: { type: 'string' },
      slug: { type: 'string' },
      name: { type: 'string' },
      kind: { enum: ['organization', 'platform'] },
      certificationLevel: { type: 'string' },
    },
    ['id', 'slug', 'name', 'kind', 'certificationLevel'],
  ),
  User: object(
    {
      id,
      login,
      name: text(100),
      email: nullable(email),
      phone: nullable({ type: 'string' }),
      departmentId: nullable(id),
      roles: { type: 'array', items: id },
      active: { type: 'boolean' },
      hasPassword: { type: 'boolean' },
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    ['id', 'login', 'name', 'email', 'phone', 'departmentId', 'roles', 'active'],
  ),
  Me: object(
    {
      user: { $ref: 'User.json' },
      tenant: { $ref: 'Tenant.json' },
      roles: { type: 'array', items: id },
      permissions: { type: 'array', items: { type: 'string' } },
      csrfToken: nullable({ type: 'string' }),
    },
    ['user', 'tenant', 'roles', 'permissions', 'csrfToken'],
  ),
  TokenCreate: object({ name: text(100) }, ['name']),
  Token: object(
    {
      id: { type: 'string' },
      name: { type: 'string' },
      prefix: { type: 'string' },
      createdAt: timestamp,
      lastUsedAt: nullable(timestamp),
      token: { type: 'string', description: 'The secret itself: returned once, at creation, never again.' },
    },
    ['id', 'name', 'prefix', 'createdAt'],
  ),
  TokenList: listOf('Token.json'),
  Department: object(
    {
      id,
      name: text(100),
      parentId: nullable(id),
      headId: nullable(id),
      children: { type: 'array', items: { $ref: 'Department.json' } },
    },
    ['id', 'name', 'parentId', 'headId'],
  ),
  DepartmentList: object(
    {
      items: { type: 'array', items: { $ref: 'Department.json' } },
      tree: { type: 'array', items: { $ref: 'Department.json' } },
    },
    ['items', 'tree'],
  ),
  DepartmentCreate: object({ id, name: text(100), parentId: nullable(id), headId: nullable(id) }, ['name']),
  DepartmentPatch: object({ name: text(100), parentId: nullable(id), headId: nullable(id) }, [], {
    minProperties: 1,
  }),
  UserList: listOf('User.json'),
  UserCreate: object(
    {
      login,
      name: text(100),
      email: nullable(email),
      phone: nullable(phone),
      departmentId: nullable(id),
      roles: { type: 'array', items: id, maxItems: 50, uniqueItems: true },
      password,
    },
    ['login', 'name'],
  ),
  UserPatch: object(
    {
      name: text(100),
      email: nullable(email),
      phone: nullable(phone),
      departmentId: nullable(id),
      roles: { type: 'array', items: id, maxItems: 50, uniqueItems: true },
      password,
    },
    [],
    { minProperties: 1 },
  ),
  UserDeactivate: object({ reassignTo: id, reason: text(200) }, []),
  Role: object({ id, name: i18n, members: { type: 'array', items: id } }, ['id', 'name']),
  RoleList: listOf('Role.json'),
  RoleCreate: object({ id, name: i18n }, ['id', 'name']),
  RolePatch: object({ name: i18n }, ['name']),
  RoleMember: object({ userId: id }, ['userId']),
  Delegation: object({ id: { type: 'string' }, userId: id, to: id, from: date, until: date }, [
    'id',
    'userId',
    'to',
    'from',
    'until',
  ]),
  DelegationList: listOf('Delegation.json'),
  DelegationCreate: object({ userId: id, to: id, from: date, until: date }, ['to', 'from', 'until']),
  OrgImportResult: object(
    {
      imported: { type: 'integer' },
      createdDepartments: { type: 'array', items: { type: 'string' } },
    },
    ['imported', 'createdDepartments'],
  ),
  Directory: { $ref: '../directory.schema.json' },
  WorkCalendar: { $ref: '../directory.schema.json#/properties/calendar' },
  AuditList: object(
    {
      items: {
        type: 'array',
        items: object(
          {
            id: { type: 'string' },
            at: timestamp,
            actorId: nullable({ type: 'string' }),
            action: { type: 'string' },
            targetType: { type: 'string' },
            targetId: { type: 'string' },
            detail: { type: 'object' },
          },
          ['id', 'at', 'actorId', 'action', 'targetType', 'targetId', 'detail'],
        ),
      },
    },
    ['items'],
  ),
  Template: object(
    {
      key: { type: 'string' },
      tenant: { enum: ['organization', 'platform'] },
      name: i18n,
      description: i18n,
      icon: { type: 'string' },
      category: { type: 'string' },
    },
    ['key', 'tenant', 'name'],
  ),
  TemplateList: listOf('Template.json'),
  AppCreate: {
    description: 'A blank app ({key, name}) or a copy of a built-in template ({fromTemplate}, key optional).',
    oneOf: [
      object({ key: { $ref: '../app.schema.json#/properties/key' }, name: i18n }, ['key', 'name']),
      object({ fromTemplate: { type: 'string' }, key: { $ref: '../app.schema.json#/properties/key' } }, [
        'fromTemplate',
      ]),
    ],
  },
  App: object(
    {
      id: { type: 'string' },
      key: { type: 'string' },
      name: i18n,
      currentVersion: nullable({ type: 'integer' }),
      draftRevision: { type: 'integer' },
      canEdit: { type: 'boolean' },
      canStart: { type: 'boolean' },
      published: {
        $ref: '../app.schema.json',
        description: 'The current version, for people who may start it.',
      },
      createdAt: timestamp,
      updatedAt: timestamp,
    },
    ['id', 'key', 'name', 'currentVersion', 'canEdit', 'canStart'],
  ),
  AppList: listOf('App.json'),
  AppDefinition: { $ref: '../app.schema.json' },
  DraftSaved: object(
    {
      revision: { type: 'integer' },
      etag: { type: 'string' },
      findings: { type: 'array', description: 'Lint findings; they do not block saving, only publishing.' },
    },
    ['revision', 'etag', 'findings'],
  ),
  PublishRequest: object({ note: { type: 'string', maxLength: 2000 } }, []),
  AnalyticsOverview: {
    type: 'object',
    description:
      'window {from, to, timeZone}; apps [{appId, name, started, finished, approved, rejected, cycleTime {count, medianMinutes, p90Minutes}}]; nodes [{appId, node, name, open, count, medianMinutes, p90Minutes}]; weeks [{week, started, finished}]; openByApprover [{userId, name, open, oldestMinutes}]; bottlenecks [{appId, node, name, open, medianMinutes, waitingMinutes}] (durations in whole minutes)',
    required: ['window', 'apps', 'nodes', 'weeks', 'openByApprover', 'bottlenecks'],
  },
  SimulateRequest: object(
    {
      values: { type: 'object', description: 'Form values keyed by field id; incomplete values are fine' },
      initiator: { ...id, description: 'Who starts it (owners only; default: the caller)' },
      selectedApprovers: {
        type: 'object',
        description: 'Approvers the initiator picks, by node id',
        additionalProperties: { type: 'array', items: id, minItems: 1, maxItems: 50 },
      },
      source: {
        enum: ['draft', 'current'],
        description: 'The draft (owners) or the current version (default)',
      },
    },
    ['values'],
  ),
  Simulation: {
    type: 'object',
    description:
      'status (approved, failed, …), steps [{node, kind, name, assignees [{user, name, delegatedFrom?, auto?}]}], failure?, refusal?',
    required: ['source', 'initiator', 'status', 'steps'],
  },
  RollbackRequest: object(
    { version: { type: 'integer', minimum: 1 }, note: { type: 'string', maxLength: 2000 } },
    ['version'],
  ),
  VersionSummary: object(
    {
      number: { type: 'integer' },
      contentHash: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
      note: { type: 'string' },
      authorId: nullable({ type: 'string' }),
      createdAt: timestamp,
    },
    ['number', 'contentHash', 'note', 'authorId', 'createdAt'],
  ),
  Version: object(
    {
      number: { type: 'integer' },
      contentHash: { type: 'string' },
      note: { type: 'string' },
      authorId: nullable({ type: 'string' }),
      createdAt: timestamp,
      content: { $ref: '../app.schema.json' },
    },
    ['number', 'contentHash', 'note', 'authorId', 'createdAt', 'content'],
  ),
  VersionList: listOf('VersionSummary.json'),
  AppDiff: {
    type: 'object',
    description:
      'diffApps from @signoff/analysis: fields, nodes, edges and settings changed, with sentences.',
    required: ['fields', 'nodes', 'edges', 'settings', 'summary'],
  },
  AppExport: object(
    {
      format: { const: 'signoff-app' },
      formatVersion: { const: 1 },
      exportedAt: timestamp,
      source: object({ version: nullable({ type: 'integer' }) }, ['version']),
      app: { $ref: '../app.schema.json' },
    },
    ['format', 'formatVersion', 'app'],
  ),
  ...instanceSchemas,
  ...twoFactorSchemas,
} as const satisfies Record<string, object>

export type ApiSchemaName = keyof typeof apiSchemas

export const apiSchemaBase = 'https://schemas.signoff.dev/api/'
