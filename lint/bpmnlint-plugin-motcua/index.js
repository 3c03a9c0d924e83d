'use strict';

/** Motcua's modelling rules (docs/analyst-guide.md). Every rule is an error: lint/run.sh fails on it. */
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-form': 'error',
        'user-task-candidate-group': 'error',
        'user-task-due-date': 'error',
        'process-history-ttl': 'error',
        'legal-deadline-timer': 'error',
        'no-generated-ids': 'error',
        'names-present': 'error',
        'allow-list': 'error'
      }
    }
  }
};
