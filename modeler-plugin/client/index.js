import { registerClientPlugin } from 'camunda-modeler-plugin-helpers';

// bpmnlint-loader turns the repository's .bpmnlintrc into { config, resolver } with every rule bundled:
// bpmnlint:recommended, camunda-compat's Camunda 7.24 rules and Motcua's rules (lint/bpmnlint-plugin-motcua).
import { config, resolver } from '../../.bpmnlintrc';

// the Modeler asks for `lintRules.<tab type>`: "bpmn" is a Camunda 7 BPMN tab
registerClientPlugin({ config, resolver }, 'lintRules.bpmn');
