'use strict';

// Each Motcua rule against a fixture that passes and one that fails, read with bpmn-moddle as bpmnlint reads
// it: with the camunda descriptor (the Modeler, lint/run.sh) and without it (a bare bpmn-moddle).

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const Linter = require('bpmnlint/lib/linter');

const plugin = require('..');

const resolver = {
  resolveRule(pkg, name) {
    assert.equal(pkg, 'bpmnlint-plugin-motcua');
    return require(path.join('..', 'rules', name));
  },
  resolveConfig(pkg, name) {
    assert.equal(pkg, 'bpmnlint-plugin-motcua');
    return plugin.configs[name];
  }
};

async function lint(fixture, rule, withCamunda) {
  const xml = fs.readFileSync(path.join(__dirname, 'fixtures', fixture + '.bpmn'), 'utf8');
  const moddle = new BpmnModdle(withCamunda ? { camunda } : {});
  const { rootElement, warnings } = await moddle.fromXML(xml);
  assert.deepEqual(warnings.map((w) => w.message), [], 'fixture ' + fixture + ' imports cleanly');
  const linter = new Linter({ config: { rules: { ['motcua/' + rule]: 'error' } }, resolver });
  const results = await linter.lint(rootElement);
  return (results['motcua/' + rule] || []).map((report) => report.id).sort();
}

const cases = {
  'user-task-form': { fail: [ 'Task_CheckDossier' ] },
  'user-task-candidate-group': { fail: [ 'Task_CheckDossier' ] },
  'user-task-due-date': { fail: [ 'Task_CheckDossier' ] },
  'process-history-ttl': { fail: [ 'fixture' ] },
  'legal-deadline-timer': { fail: [ 'fixture' ], 'wrong-date': [ 'BoundaryEvent_LegalDeadline' ], shared: [] },
  'no-generated-ids': { fail: [ 'Activity_0x1y2z3', 'Flow_1a2b3c4' ] },
  'names-present': { fail: [ 'Gateway_Decision', 'Task_Appraise' ] }
};

for (const [ rule, expectations ] of Object.entries(cases)) {
  describe(rule, () => {
    it('is an error in the recommended configuration', () => {
      assert.equal(plugin.configs.recommended.rules[rule], 'error');
    });
    for (const withCamunda of [ true, false ]) {
      const how = withCamunda ? 'with the camunda descriptor' : 'with bare bpmn-moddle';
      it(`passes a conforming model (${how})`, async () => {
        assert.deepEqual(await lint(rule + '.pass', rule, withCamunda), []);
      });
      for (const [ variant, ids ] of Object.entries(expectations)) {
        it(`reports ${ids.length ? ids.join(', ') : 'nothing'} in ${rule}.${variant} (${how})`, async () => {
          assert.deepEqual(await lint(rule + '.' + variant, rule, withCamunda), ids);
        });
      }
    }
  });
}

describe('the models in processes/', () => {
  const dir = path.join(__dirname, '..', '..', '..', 'processes');
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.bpmn'))) {
    it(`${file} breaks no Motcua rule`, async () => {
      const moddle = new BpmnModdle({ camunda });
      const { rootElement } = await moddle.fromXML(fs.readFileSync(path.join(dir, file), 'utf8'));
      const linter = new Linter({ config: { extends: 'plugin:motcua/recommended' }, resolver });
      const results = await linter.lint(rootElement);
      const errors = Object.entries(results).flatMap(([ r, reports ]) => reports.map((x) => `${r} ${x.id}`));
      assert.deepEqual(errors, []);
    });
  }
});
