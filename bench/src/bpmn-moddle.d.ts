// bpmn-moddle ships no types; the benchmark needs only the parse that bpmn-engine itself runs.
declare module 'bpmn-moddle' {
  export default class BpmnModdle {
    fromXML(xml: string): Promise<object>
  }
}
