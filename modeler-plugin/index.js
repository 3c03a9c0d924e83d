'use strict';

/**
 * Camunda Desktop Modeler plugin descriptor. Copy this folder (with dist/) into the Modeler's
 * resources/plugins/ folder and restart the Modeler: Motcua's rules (.bpmnlintrc at the repository root)
 * then show in the problems panel of every BPMN tab. See docs/analyst-guide.md.
 */
module.exports = {
  name: 'Motcua - quy tắc mô hình hóa',
  script: './dist/client.js'
};
