/** The preview drawer's texts, spread into the designer's dictionary (en must have exactly the keys of zh-CN). */
export const previewZhCN = {
  preview: '预览',
  previewDesktop: '电脑',
  previewPhone: '手机',
  previewFill: '填写',
  previewPrint: '打印视图',
  previewCheck: '校验',
  previewReset: '清空',
  previewValid: '可以提交',
  previewInvalid: '{count} 处需要修改',
}

export const previewEn: typeof previewZhCN = {
  preview: 'Preview',
  previewDesktop: 'Desktop',
  previewPhone: 'Phone',
  previewFill: 'Fill in',
  previewPrint: 'Print view',
  previewCheck: 'Check',
  previewReset: 'Clear',
  previewValid: 'Ready to submit',
  previewInvalid: '{count} to fix',
}
