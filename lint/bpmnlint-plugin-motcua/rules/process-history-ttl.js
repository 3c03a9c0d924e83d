'use strict';

const { is } = require('bpmnlint-utils');
const { attr, hasText } = require('../lib/model');

/** Every executable process says how long its history is kept (camunda:historyTimeToLive); the engine refuses it otherwise. */
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable && !hasText(attr(node, 'camunda:historyTimeToLive'))) {
      reporter.report(node.id, 'Quy trình chưa có thời gian lưu lịch sử (camunda:historyTimeToLive): process without historyTimeToLive');
    }
  }
  return { check };
};
