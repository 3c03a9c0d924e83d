'use strict';

const { is } = require('bpmnlint-utils');
const { checkModel } = require('../lib/allow-list');

/**
 * The deployment allow-list (src/main/resources/modelling/allow-list.json), as the engine applies it at every
 * deployment: no scripts, no Java classes or connectors, only the allowed delegate beans, Camunda Forms only,
 * every expression of an allowed shape. See docs/security-expressions.md.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Definitions')) {
      return;
    }
    for (const violation of checkModel(node)) {
      reporter.report(violation.id, '[' + violation.rule + '] ' + violation.message);
    }
  }
  return { check };
};
