'use strict';

// The Modeler element templates in .camunda/element-templates/ against Camunda's Camunda 7 template schema.
// (src/test/java/.../ElementTemplatesTest checks that the beans and called processes they name exist.)

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const Ajv = require('ajv');
const schema = require('@camunda/element-templates-json-schema/resources/schema.json');

const dir = path.join(__dirname, '..', '..', '.camunda', 'element-templates');
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

describe('element templates', () => {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
  it('there are templates', () => assert.ok(files.length > 0));
  for (const file of files) {
    it(`${file} follows the Camunda 7 element template schema`, () => {
      const template = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      const valid = validate(template);
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
      assert.match(template.id, /^vn\.motcua\.[A-Z][A-Za-z]+$/);
    });
  }
});
