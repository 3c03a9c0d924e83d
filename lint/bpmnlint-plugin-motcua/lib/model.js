'use strict';

/*
 * Reading Camunda 7 attributes and extension elements whether or not the camunda moddle descriptor is
 * loaded (the Modeler loads it; bare bpmn-moddle keeps them as $attrs and generic elements).
 */

function attr(element, name) {
  let value;
  try {
    value = element.get(name);
  } catch (e) {
    value = undefined;
  }
  if (value === undefined && element.$attrs) {
    value = element.$attrs[name];
  }
  return value;
}

function hasText(value) {
  return typeof value === 'string' ? value.trim().length > 0 : value !== undefined && value !== null;
}

function localType(element) {
  const type = element.$type || '';
  const local = type.includes(':') ? type.split(':')[1] : type;
  return local.toLowerCase();
}

function extensionValues(element) {
  const ext = element.extensionElements;
  if (!ext) {
    return [];
  }
  return ext.values || ext.$children || [];
}

function executionListeners(element) {
  return extensionValues(element).filter((value) => localType(value) === 'executionlistener');
}

/** An executable process whose start event registers a dossier: a Motcua procedure, not a shared call activity. */
function isProcedure(process) {
  return (process.flowElements || []).some((node) => node.$type === 'bpmn:StartEvent'
    && executionListeners(node).some((listener) => attr(listener, 'event') === 'start'
      && String(attr(listener, 'delegateExpression') || '').replace(/\s/g, '') === '${dossierRegistration}'));
}

/** Every flow element of a container, sub-processes included. */
function allFlowElements(container) {
  const result = [];
  for (const element of container.flowElements || []) {
    result.push(element);
    if (element.flowElements) {
      result.push(...allFlowElements(element));
    }
  }
  return result;
}

function timeDate(boundaryEvent) {
  const timer = (boundaryEvent.eventDefinitions || []).find((d) => d.$type === 'bpmn:TimerEventDefinition');
  if (!timer) {
    return undefined;
  }
  return timer.timeDate ? String(timer.timeDate.body || '').trim() : '';
}

module.exports = { attr, hasText, executionListeners, isProcedure, allFlowElements, timeDate };
