import type { Locale } from '../types.ts'

const zh = {
  choose: '请选择',
  enter: '请输入',
  search: '输入姓名搜索',
  searchDepartment: '输入部门名称搜索',
  noMatch: '没有匹配的结果',
  noDirectory: '未配置通讯录',
  empty: '—',
  uppercase: '大写：',
  startDate: '开始日期',
  endDate: '结束日期',
  startHalf: '开始时段',
  endHalf: '结束时段',
  half: '时段',
  am: '上午',
  pm: '下午',
  upload: '上传文件',
  uploadImage: '上传图片',
  uploading: '上传中',
  uploadFailed: '上传失败',
  noUploader: '未配置上传服务',
  remove: '删除',
  addRow: '添加一行',
  row: '第 {n} 行',
  moveUp: '上移',
  moveDown: '下移',
  removeRow: '删除此行',
  totalOf: '{label}合计：',
  noRows: '暂无明细',
  yes: '是',
  no: '否',
  computed: '自动计算',
  fileTooBig: '“{name}”超过 {limit}，无法上传',
  fileWrongType: '“{name}”的类型不被接受，只能上传 {accept}',
  tooManyFiles: '最多上传 {n} 个文件',
  anyType: '任意类型',
}

const en: typeof zh = {
  choose: 'Choose',
  enter: 'Enter',
  search: 'Type a name to search',
  searchDepartment: 'Type a department name to search',
  noMatch: 'No matches',
  noDirectory: 'No directory is set up',
  empty: '—',
  uppercase: 'In words: ',
  startDate: 'Start date',
  endDate: 'End date',
  startHalf: 'Start half',
  endHalf: 'End half',
  half: 'Half day',
  am: 'Morning',
  pm: 'Afternoon',
  upload: 'Upload files',
  uploadImage: 'Upload images',
  uploading: 'Uploading',
  uploadFailed: 'Upload failed',
  noUploader: 'No upload service is set up',
  remove: 'Remove',
  addRow: 'Add a row',
  row: 'Row {n}',
  moveUp: 'Move up',
  moveDown: 'Move down',
  removeRow: 'Remove this row',
  totalOf: 'Total {label}: ',
  noRows: 'No rows yet',
  yes: 'Yes',
  no: 'No',
  computed: 'Computed',
  fileTooBig: '“{name}” is larger than {limit} and cannot be uploaded',
  fileWrongType: '“{name}” is not an accepted type; only {accept}',
  tooManyFiles: 'At most {n} files',
  anyType: 'any type',
}

export type UiKey = keyof typeof zh

const dictionaries: Record<Locale, typeof zh> = { 'zh-CN': zh, en }

/** A renderer string in the locale with its {placeholders} filled in. */
export function ui(locale: Locale, key: UiKey, params: Record<string, string | number> = {}): string {
  return dictionaries[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}

/** 10485760 → "10 MB". */
export function fileSize(bytes: number): string {
  if (bytes >= 1048576) return `${Number((bytes / 1048576).toFixed(1))} MB`
  if (bytes >= 1024) return `${Number((bytes / 1024).toFixed(1))} KB`
  return `${bytes} B`
}
