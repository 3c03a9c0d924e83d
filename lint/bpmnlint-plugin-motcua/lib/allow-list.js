'use strict';

/*
 * Motcua's deployment allow-list, the same rules the engine applies at every deployment
 * (vn.motcua.engine.DeploymentPolicy), read from the same file: src/main/resources/modelling/allow-list.json.
 * Expressions are parsed into a small tree (the JUEL grammar: literals, identifiers, properties, brackets, calls,
 * functions, operators) and walked exactly as the engine walks JUEL's own tree. A parity test
 * (test/allow-list.test.js and the Java DeploymentPolicyParityTest) runs the same bad models through both.
 */

// a require, not a file read: the Modeler plugin (modeler-plugin/, webpack) bundles the same file
const policy = require('../../../src/main/resources/modelling/allow-list.json');

const KEYWORD_OPS = new Set([ 'and', 'or', 'eq', 'ne', 'lt', 'gt', 'le', 'ge', 'div', 'mod', 'instanceof' ]);
const KEYWORD_UNARY = new Set([ 'not', 'empty' ]);
const LITERALS = new Set([ 'true', 'false', 'null' ]);
const SYMBOL_OPS = [ '==', '!=', '<=', '>=', '&&', '||', '<', '>', '+', '-', '*', '/', '%', '?', ':' ];

function isExpression(text) {
  return typeof text === 'string' && (text.includes('${') || text.includes('#{'));
}

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === '\'' || c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) { j += src[j] === '\\' ? 2 : 1; }
      if (j >= src.length) { throw new Error('unterminated string'); }
      tokens.push({ t: 'lit' }); i = j + 1; continue;
    }
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(src.slice(i));
    if (num) { tokens.push({ t: 'lit' }); i += num[0].length; continue; }
    const id = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i));
    if (id) {
      const word = id[0];
      tokens.push(LITERALS.has(word) ? { t: 'lit' } : KEYWORD_OPS.has(word) ? { t: 'op' } : KEYWORD_UNARY.has(word)
        ? { t: 'unary' } : { t: 'id', v: word });
      i += word.length; continue;
    }
    const two = src.substr(i, 2);
    if (SYMBOL_OPS.includes(two)) { tokens.push({ t: 'op' }); i += 2; continue; }
    if (c === '!') { tokens.push({ t: 'unary' }); i++; continue; }
    if (SYMBOL_OPS.includes(c)) { tokens.push({ t: c === '-' ? 'minus' : 'op' }); i++; continue; }
    if ('.()[],'.includes(c)) { tokens.push({ t: c }); i++; continue; }
    throw new Error('unexpected ' + c);
  }
  return tokens;
}

/** Parses one ${...} body into a tree of { k: lit|id|dot|call|bracket|fn|op, ... }. */
function parse(src) {
  const tokens = tokenize(src);
  let p = 0;
  const peek = (o = 0) => tokens[p + o] || { t: 'end' };
  const take = (t) => {
    if (peek().t !== t) { throw new Error('expected ' + t); }
    return tokens[p++];
  };
  function args() {
    take('(');
    const list = [];
    if (peek().t !== ')') {
      list.push(expr());
      while (peek().t === ',') { p++; list.push(expr()); }
    }
    take(')');
    return list;
  }
  function primary() {
    const tok = peek();
    if (tok.t === 'lit') { p++; return { k: 'lit' }; }
    if (tok.t === '(') { p++; const inner = expr(); take(')'); return inner; }
    if (tok.t === 'id') {
      p++;
      if (peek().t === '(') { return { k: 'fn', args: args() }; }
      if (peek().t === 'op' && peek(1).t === 'id' && peek(2).t === '(' && src.includes(tok.v + ':')) {
        p += 2; return { k: 'fn', args: args() };
      }
      return { k: 'id', name: tok.v };
    }
    throw new Error('unexpected ' + tok.t);
  }
  function postfix() {
    let node = primary();
    for (;;) {
      if (peek().t === '.') {
        p++;
        const name = take('id').v;
        node = peek().t === '(' ? { k: 'call', target: { k: 'dot', prefix: node, name }, args: args() } : { k: 'dot', prefix: node, name };
      } else if (peek().t === '[') {
        p++; const index = expr(); take(']');
        node = { k: 'bracket', prefix: node, index };
      } else {
        return node;
      }
    }
  }
  function unary() {
    if (peek().t === 'unary' || peek().t === 'minus') { p++; return { k: 'op', children: [ unary() ] }; }
    return postfix();
  }
  function expr() {
    const children = [ unary() ];
    while (peek().t === 'op' || peek().t === 'minus') { p++; children.push(unary()); }
    return children.length === 1 ? children[0] : { k: 'op', children };
  }
  const tree = expr();
  if (p !== tokens.length) { throw new Error('trailing ' + peek().t); }
  return tree;
}

/** The bodies of every ${...} / #{...} in a text; throws when one is not closed. */
function bodies(text) {
  const found = [];
  let i = 0;
  while (i < text.length) {
    if ((text[i] === '$' || text[i] === '#') && text[i + 1] === '{') {
      let j = i + 2;
      let quote = null;
      while (j < text.length && (quote || text[j] !== '}')) {
        if (quote) {
          if (text[j] === '\\') { j++; } else if (text[j] === quote) { quote = null; }
        } else if (text[j] === '\'' || text[j] === '"') {
          quote = text[j];
        }
        j++;
      }
      if (j >= text.length) { throw new Error('unclosed'); }
      found.push(text.slice(i + 2, j));
      i = j + 1;
    } else {
      i++;
    }
  }
  return found;
}

/** The rules an expression breaks (the first one found, as the engine reports it), or []. */
function checkExpression(text) {
  let trees;
  try {
    trees = bodies(text).map(parse);
  } catch (e) {
    return [ 'expression-syntax' ];
  }
  const found = [];
  const walk = (node) => {
    if (!node || found.length) { return; }
    switch (node.k) {
    case 'call': {
      const target = node.target;
      const methods = target.prefix.k === 'id' && policy.beans[target.prefix.name];
      if (methods && methods.includes(target.name)) { node.args.forEach(walk); } else { found.push('expression-method'); }
      return;
    }
    case 'bracket': found.push('expression-bracket'); return;
    case 'fn': found.push('expression-function'); return;
    case 'dot': {
      const onBean = node.prefix.k === 'id' && Object.prototype.hasOwnProperty.call(policy.beans, node.prefix.name);
      const onValue = node.prefix.k === 'id' || node.prefix.k === 'dot';
      if (policy.forbiddenProperties.includes(node.name) || onBean || !onValue) { found.push('expression-property'); return; }
      walk(node.prefix);
      return;
    }
    case 'op': node.children.forEach(walk); return;
    default:
    }
  };
  trees.forEach(walk);
  return found;
}

function localName(name) {
  const local = String(name);
  return local.includes(':') ? local.slice(local.indexOf(':') + 1) : local;
}

/** Every violation in a model: [{ id, rule, message }], one per element and rule. */
function checkModel(definitions) {
  const violations = new Map();
  const seen = new Set();
  const add = (id, rule) => violations.set(id + ' ' + rule, { id, rule, message: policy.messages[rule] || rule });

  function checkAttribute(owner, element, key, value) {
    const name = localName(key);
    const type = localName(element.$type || '').toLowerCase();
    const camundaElement = String(element.$type || '').startsWith('camunda:');
    if (name === 'language' || name === 'scriptFormat' || name === 'resource') { add(owner, 'no-script'); return; }
    if (name === 'class' || name === 'variableMappingClass') { add(owner, 'no-java-class'); return; }
    if (name === 'delegateExpression' || name === 'variableMappingDelegateExpression') {
      const bean = /^[$#]\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}$/.exec(String(value).trim());
      if (!bean || !policy.delegates.includes(bean[1])) { add(owner, 'delegate-bean'); }
      return;
    }
    if (name === 'formKey' && !camundaElement && type !== 'formfield') {
      if (!policy.formKeyPrefixes.some((prefix) => String(value).trim().startsWith(prefix))) { add(owner, 'form-key'); }
      return;
    }
    if (isExpression(value)) {
      checkExpression(value).forEach((rule) => add(owner, rule));
    }
  }

  function visit(element, owner) {
    if (!element || typeof element !== 'object' || seen.has(element)) { return; }
    seen.add(element);
    const id = element.id || owner;
    const type = String(element.$type || '');
    const local = localName(type).toLowerCase();
    if (local === 'scripttask' || type === 'camunda:Script' || type === 'camunda:script') { add(id, 'no-script'); }
    if (type === 'camunda:Connector' || type === 'camunda:connector') { add(id, 'no-java-class'); }
    const descriptor = element.$descriptor;
    for (const key of Object.keys(element)) {
      if (key.startsWith('$') || key === 'di' || key === 'id') { continue; }
      const property = descriptor && descriptor.propertiesByName && descriptor.propertiesByName[key];
      if (property && property.isReference) { continue; }
      const value = element[key];
      if (typeof value === 'string') {
        checkAttribute(id, element, key, value);
      } else if (Array.isArray(value)) {
        value.forEach((child) => visit(child, id));
      } else if (value && typeof value === 'object' && value.$type) {
        visit(value, id);
      }
    }
    for (const [ key, value ] of Object.entries(element.$attrs || {})) {
      if (!key.startsWith('xmlns')) { checkAttribute(id, element, key, value); }
    }
    for (const child of element.$children || []) { visit(child, id); }
    if (typeof element.$body === 'string' && isExpression(element.$body)) {
      checkExpression(element.$body).forEach((rule) => add(id, rule));
    }
  }

  visit(definitions, definitions.id || 'definitions');
  return [ ...violations.values() ];
}

module.exports = { policy, checkExpression, checkModel };
