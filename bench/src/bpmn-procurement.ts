/**
 * The procurement flow as BPMN 2.0 for the peer engine: department head, technical evaluation when
 * needed, CFO above the limit, the procurement officer, then copy finance. Conditions are plain
 * expressions on variables (the cheapest form bpmn-engine offers: no script sandbox).
 */
export const procurementBpmn = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="procurementDefinitions"
  targetNamespace="http://signoff.example/bench">
  <process id="procurement" isExecutable="true">
    <startEvent id="start" />
    <sequenceFlow id="e1" sourceRef="start" targetRef="departmentApproval" />
    <userTask id="departmentApproval" name="Department head" />
    <sequenceFlow id="e2" sourceRef="departmentApproval" targetRef="technicalCheck" />
    <exclusiveGateway id="technicalCheck" default="e4" />
    <sequenceFlow id="e3" sourceRef="technicalCheck" targetRef="technicalEvaluation">
      <conditionExpression xsi:type="tFormalExpression">\${environment.variables.needsEvaluation}</conditionExpression>
    </sequenceFlow>
    <sequenceFlow id="e4" sourceRef="technicalCheck" targetRef="amountCheck" />
    <userTask id="technicalEvaluation" name="Technical evaluation" />
    <sequenceFlow id="e5" sourceRef="technicalEvaluation" targetRef="amountCheck" />
    <exclusiveGateway id="amountCheck" default="e7" />
    <sequenceFlow id="e6" sourceRef="amountCheck" targetRef="cfoApproval">
      <conditionExpression xsi:type="tFormalExpression">\${environment.variables.overLimit}</conditionExpression>
    </sequenceFlow>
    <sequenceFlow id="e7" sourceRef="amountCheck" targetRef="placeOrder" />
    <userTask id="cfoApproval" name="CFO" />
    <sequenceFlow id="e8" sourceRef="cfoApproval" targetRef="placeOrder" />
    <userTask id="placeOrder" name="Place the order" />
    <sequenceFlow id="e9" sourceRef="placeOrder" targetRef="notifyFinance" />
    <task id="notifyFinance" name="Copy finance" />
    <sequenceFlow id="e10" sourceRef="notifyFinance" targetRef="end" />
    <endEvent id="end" />
  </process>
</definitions>`

export const bpmnApprovals = ['departmentApproval', 'cfoApproval', 'placeOrder'] as const
