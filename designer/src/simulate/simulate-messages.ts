/** The simulation drawer's texts, spread into the designer's dictionary (en must have exactly the keys of zh-CN). */
export const simulateZhCN = {
  simulate: '模拟运行',
  simulateInitiator: '发起人',
  simulateSample: '填入示例数据',
  simulateUnfilled: '以下字段需要手动填写：{fields}',
  simulatePath: '审批路径',
  simulateApproved: '按此数据将审批通过',
  simulateFailed: '按此数据流程会失败',
  simulateRefused: '数据还不能提交',
  simulateNobody: '无人处理',
  simulateAuto: '自动通过',
  simulateDelegated: '代 {who}',
  simulateHighlight: '在流程图上高亮路径',
  simulateLoading: '正在加载组织架构…',
}

export const simulateEn: typeof simulateZhCN = {
  simulate: 'Simulate',
  simulateInitiator: 'Initiator',
  simulateSample: 'Fill sample data',
  simulateUnfilled: 'Fill these fields yourself: {fields}',
  simulatePath: 'Approval path',
  simulateApproved: 'With these values it would be approved',
  simulateFailed: 'With these values the flow would fail',
  simulateRefused: 'These values cannot be submitted yet',
  simulateNobody: 'nobody',
  simulateAuto: 'auto-approved',
  simulateDelegated: 'for {who}',
  simulateHighlight: 'Highlight the path on the flow',
  simulateLoading: 'Loading the organization…',
}
