'use strict';

// Loads dist/client.js as the Modeler would (window.plugins), takes the lint rules it registers and lints
// a good and a bad model with them: the committed bundle carries Motcua's rules and works.

const { it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const Linter = require('bpmnlint/lib/linter');

function registeredLintRules() {
  const window = { plugins: [] };
  vm.runInNewContext(fs.readFileSync(path.join(__dirname, '..', 'dist', 'client.js'), 'utf8'), { window, console });
  const registered = window.plugins.find((p) => p.type === 'lintRules.bpmn');
  assert.ok(registered, 'dist/client.js registers lintRules.bpmn');
  return registered.plugin;
}

async function lint(file) {
  const { config, resolver } = registeredLintRules();
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(fs.readFileSync(file, 'utf8'));
  const results = await new Linter({ config, resolver }).lint(rootElement);
  return Object.entries(results).flatMap(([ rule, reports ]) => reports
    .filter((r) => r.category === 'error').map((r) => `${rule} ${r.id}`));
}

it('the descriptor points at the bundle', () => {
  const descriptor = require('..');
  assert.equal(descriptor.script, './dist/client.js');
  assert.ok(fs.existsSync(path.join(__dirname, '..', descriptor.script)));
});

it('the bundled rules pass an existing procedure', async () => {
  assert.deepEqual(await lint(path.join(__dirname, '..', '..', 'processes', 'dang-ky-ho-kinh-doanh.bpmn')), []);
});

it('the bundled rules report a user task without a form', async () => {
  const errors = await lint(path.join(__dirname, '..', '..', 'lint', 'bpmnlint-plugin-motcua', 'test', 'fixtures', 'user-task-form.fail.bpmn'));
  assert.ok(errors.includes('motcua/user-task-form Task_CheckDossier'), errors.join('\n'));
});
