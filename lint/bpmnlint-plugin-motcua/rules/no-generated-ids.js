'use strict';

const { is, isAny } = require('bpmnlint-utils');

const GENERATED = /^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{7}$/;

/**
 * Element ids are Type_PascalName (Task_CheckDossier): code, DMN rules (thoi-han-buoc's step column) and
 * tests name them. The Modeler's generated ids (Activity_0xyz123) are refused on every flow node and
 * sequence flow, since nobody can tell which of them something refers to.
 */
module.exports = function() {
  function check(node, reporter) {
    if (isAny(node, [ 'bpmn:FlowNode', 'bpmn:SequenceFlow' ]) && GENERATED.test(node.id || '')) {
      reporter.report(node.id, 'Mã phần tử do Modeler tự sinh, hãy đặt tên dạng Type_PascalName (vd. Task_CheckDossier): generated id');
    }
    if (is(node, 'bpmn:Process') && /^Process_[0-9a-z]{7}$/.test(node.id || '')) {
      reporter.report(node.id, 'Mã quy trình do Modeler tự sinh, hãy đặt mã kebab-case trùng tên tệp: generated process id');
    }
  }
  return { check };
};
