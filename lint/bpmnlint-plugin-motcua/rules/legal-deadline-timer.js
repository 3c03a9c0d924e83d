'use strict';

const { is } = require('bpmnlint-utils');
const { isProcedure, allFlowElements, timeDate } = require('../lib/model');

/**
 * A procedure (an executable process whose start event has the ${dossierRegistration} listener; shared call
 * activities have none) has a timer boundary event BoundaryEvent_LegalDeadline* at ${dossierDueDate}: the
 * engine moves that timer when the clock pauses and marks the dossier overdue when it fires.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:Process') || !node.isExecutable || !isProcedure(node)) {
      return;
    }
    const timers = allFlowElements(node).filter((element) => is(element, 'bpmn:BoundaryEvent')
      && String(element.id).startsWith('BoundaryEvent_LegalDeadline'));
    if (timers.length === 0) {
      reporter.report(node.id, 'Thủ tục chưa có mốc hạn pháp lý (sự kiện hẹn giờ BoundaryEvent_LegalDeadline, ${dossierDueDate}): procedure without legal-deadline timer');
      return;
    }
    for (const timer of timers) {
      const date = timeDate(timer);
      if (date === undefined) {
        reporter.report(timer.id, 'Mốc hạn pháp lý phải là sự kiện hẹn giờ: legal-deadline boundary event is not a timer');
      } else if (date.replace(/\s/g, '') !== '${dossierDueDate}') {
        reporter.report(timer.id, 'Mốc hạn pháp lý phải hẹn giờ theo ngày ${dossierDueDate}: legal-deadline timer without timeDate ${dossierDueDate}');
      }
    }
  }
  return { check };
};
