'use strict';

// Parity with the engine: every model of test/allow-list/ gets from the lint exactly the verdicts of
// verdicts.json, which the engine's DeploymentPolicyParityTest asserts too; and every real model passes.

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { BpmnModdle } = require('bpmn-moddle');
const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const { checkModel } = require('../lib/allow-list');

const dir = path.join(__dirname, 'allow-list');
const verdicts = JSON.parse(fs.readFileSync(path.join(dir, 'verdicts.json'), 'utf8'));

async function verdict(file) {
  const { rootElement } = await new BpmnModdle({ camunda }).fromXML(fs.readFileSync(file, 'utf8'));
  return [ ...new Set(checkModel(rootElement).map((v) => v.id + ' ' + v.rule)) ].sort();
}

describe('allow-list (parity with the engine)', () => {
  for (const [ file, expected ] of Object.entries(verdicts)) {
    if (file.startsWith('$')) { continue; }
    it(`${file}: ${expected.length ? expected.join(', ') : 'allowed'}`, async () => {
      assert.deepEqual(await verdict(path.join(dir, file)), [ ...expected ].sort());
    });
  }
  const processes = path.join(__dirname, '..', '..', '..', 'processes');
  for (const file of fs.readdirSync(processes).filter((f) => f.endsWith('.bpmn'))) {
    it(`processes/${file} is allowed`, async () => {
      assert.deepEqual(await verdict(path.join(processes, file)), []);
    });
  }
});
