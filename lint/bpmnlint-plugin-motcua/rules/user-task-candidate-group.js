'use strict';

const { is } = require('bpmnlint-utils');
const { attr, hasText } = require('../lib/model');

/** Every user task goes to a group (camunda:candidateGroups): an expression such as ${routing.handlerGroup} or a group id. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && !hasText(attr(node, 'camunda:candidateGroups'))) {
      reporter.report(node.id, 'Bước người dùng chưa giao cho nhóm (camunda:candidateGroups): user task without a candidate group');
    }
  }
  return { check };
};
