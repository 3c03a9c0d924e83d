'use strict';

const { is } = require('bpmnlint-utils');

/**
 * Every flow node has a (Vietnamese) name that people read in Tasklist, Cockpit and the dossier history.
 * Exempt: a gateway that only joins paths (one outgoing flow), which BPMN practice leaves unnamed.
 * Sequence flows need no name.
 */
function outgoing(node) {
  const siblings = (node.$parent && node.$parent.flowElements) || [];
  const bySource = siblings.filter((element) => is(element, 'bpmn:SequenceFlow') && element.sourceRef === node).length;
  return Math.max(bySource, (node.outgoing || []).length);
}

module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:FlowNode')) {
      return;
    }
    if (is(node, 'bpmn:Gateway') && outgoing(node) <= 1) {
      return;
    }
    if (!node.name || !node.name.trim()) {
      reporter.report(node.id, 'Phần tử chưa có tên hiển thị: flow node without a name');
    }
  }
  return { check };
};
