'use strict';

const { is } = require('bpmnlint-utils');
const { attr, hasText } = require('../lib/model');

/** Every user task shows a Camunda Form: camunda:formRef (or, for an embedded form, camunda:formKey). */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:UserTask') && !hasText(attr(node, 'camunda:formRef')) && !hasText(attr(node, 'camunda:formKey'))) {
      reporter.report(node.id, 'Bước người dùng chưa có biểu mẫu (camunda:formRef): user task without a form');
    }
  }
  return { check };
};
