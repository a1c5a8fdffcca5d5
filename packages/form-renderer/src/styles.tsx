const css = `
fieldset.sf-fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
.sf-form { display: flex; flex-direction: column; gap: 4px; min-width: 0; }
.sf-form .sf-item { margin-bottom: 16px; min-width: 0; }
.sf-mode-edit > .sf-item, .sf-mode-read > .sf-item { content-visibility: auto; contain-intrinsic-size: auto 62px; padding-inline: 4px; margin-inline: -4px; }
.sf-label { padding: 0 0 8px; line-height: 1.5715; font-size: 14px; color: rgba(0,0,0,.88); overflow-wrap: anywhere; }
.sf-label > label.sf-required::before { content: '*'; display: inline-block; margin-inline-end: 4px; color: #ff4d4f; font-family: SimSun, sans-serif; line-height: 1; }
.sf-error { color: #ff4d4f; font-size: 14px; line-height: 1.5715; padding-top: 2px; }
.sf-extra { color: rgba(0,0,0,.45); font-size: 14px; line-height: 1.5715; padding-top: 2px; }
.sf-form .sf-select, .sf-form .sf-date, .sf-form .sf-number { width: 100%; }
.sf-uppercase { margin-top: 4px; color: rgba(0,0,0,.55); font-size: 13px; font-weight: normal; }
.sf-multiline { white-space: pre-wrap; }
.sf-value { overflow-wrap: anywhere; }
.sf-formula { display: block; font-weight: 600; font-size: 15px; }
.sf-range { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; }
.sf-range-end { display: flex; gap: 8px; flex: 1 1 240px; min-width: 0; }
.sf-range .sf-range-end > .ant-picker.sf-date { flex: 1 1 0; width: auto; min-width: 120px; }
.sf-range .sf-range-end > .ant-select.sf-half { flex: 0 0 96px; width: 96px; }
.sf-range-to { color: rgba(0,0,0,.45); }
.sf-group { border: 1px solid #f0f0f0; border-radius: 8px; padding: 12px 16px 0; margin-bottom: 16px; }
.sf-group-title { font-size: 15px; margin: 0 0 12px; }
.sf-columns { display: grid; grid-template-columns: repeat(var(--sf-columns), minmax(0, 1fr)); column-gap: 16px; }
.sf-table { display: flex; flex-direction: column; gap: 12px; }
.sf-row { position: relative; border: 1px solid #f0f0f0; border-radius: 8px; padding: 8px 12px 0; margin: 0; min-width: 0; background: #fafafa; }
.sf-row-head { font-size: 13px; font-weight: 600; padding: 0 4px; margin: 0; width: auto; border: 0; }
.sf-row-actions { position: absolute; top: -12px; right: 8px; background: #fff; border-radius: 6px; }
.sf-row-cells { display: grid; grid-template-columns: repeat(auto-fill, minmax(200px, 1fr)); column-gap: 12px; padding-top: 8px; }
.sf-row-cells .sf-item { margin-bottom: 12px; }
.sf-table-foot { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; }
.sf-table-empty { color: rgba(0,0,0,.45); }
.sf-totals { display: flex; flex-wrap: wrap; gap: 16px; }
.sf-table-scroll { overflow-x: auto; }
.sf-table-read table { border-collapse: collapse; width: 100%; font-size: 14px; }
.sf-table-read th, .sf-table-read td { border: 1px solid #f0f0f0; padding: 6px 8px; text-align: left; vertical-align: top; }
.sf-table-read th { background: #fafafa; font-weight: 600; white-space: nowrap; }
.sf-nowrap { white-space: nowrap; }
.sf-table-read .sf-totals { margin-top: 8px; }
.sf-table-read .sf-file-list { margin: 0; }
.sf-file-input { position: absolute; width: 1px; height: 1px; opacity: 0; overflow: hidden; }
.sf-file-input:focus-visible + .ant-btn { outline: 2px solid #1677ff; outline-offset: 2px; }
.sf-file-problem { color: #ff4d4f; margin-top: 4px; }
.sf-file-pending { display: flex; gap: 8px; align-items: center; }
.sf-file-pending .ant-progress { flex: 1; margin: 0; }
.sf-file-list { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-direction: column; gap: 4px; }
.sf-image-list { flex-direction: row; flex-wrap: wrap; gap: 8px; }
.sf-image-list li { display: flex; flex-direction: column; width: 104px; font-size: 12px; }
.sf-thumb img { width: 104px; height: 104px; object-fit: cover; border-radius: 6px; border: 1px solid #f0f0f0; }
.sf-file-size { color: rgba(0,0,0,.45); }
.sf-description { white-space: pre-wrap; margin-bottom: 16px; }
.sf-mode-print { color: #000; font-size: 14px; gap: 0; }
.sf-print-item { display: grid; grid-template-columns: 160px minmax(0, 1fr); border-bottom: 1px solid #e8e8e8; padding: 8px 0; break-inside: avoid; }
.sf-print-item.sf-wide { grid-template-columns: minmax(0, 1fr); gap: 6px; }
.sf-print-label { color: rgba(0,0,0,.6); padding-right: 12px; }
.sf-mode-print .sf-group { border: 0; padding: 0; margin: 12px 0 0; }
.sf-mode-print .sf-group-title { border-bottom: 2px solid #000; padding-bottom: 4px; }
.sf-mode-print .sf-thumb img { width: 72px; height: 72px; }
@media (max-width: 576px) {
  .sf-range-to { display: none; }
  .sf-columns { grid-template-columns: minmax(0, 1fr); }
  .sf-row-cells { grid-template-columns: minmax(0, 1fr); }
  .sf-print-item { grid-template-columns: minmax(0, 1fr); }
}
@media print {
  .sf-form > .sf-item { content-visibility: visible; }
  .sf-form .ant-btn, .sf-row-actions, .sf-file-input { display: none !important; }
  .sf-table-read th { background: none; }
  .sf-print-item, .sf-table-read tr { break-inside: avoid; }
}
`

/**
 * The renderer's own layout rules: responsive down to 375 px and a clean print. Top-level fields off screen
 * are neither laid out nor painted (content-visibility), so a field appearing above them or a long form's
 * first render does not lay out every field; the inline padding keeps the inputs' focus rings unclipped.
 */
export function FormStyles() {
  return <style>{css}</style>
}
