'use strict';

const { is } = require('bpmnlint-utils');
const { attr, hasText } = require('../lib/model');

/** Every user task has a due date in working time: ${workingTime.hours(n)}, ${workingTime.days(n)}, ${stepDeadlines.due(execution)} or ${dossierDueDate}. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && !hasText(attr(node, 'camunda:dueDate'))) {
      reporter.report(node.id, 'Bước người dùng chưa có hạn xử lý (camunda:dueDate): user task without a due date');
    }
  }
  return { check };
};
