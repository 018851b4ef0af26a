'use strict';
// Mock tools offered to the model under test. They ONLY record calls.

const TOOL_SCHEMAS = [
  {
    type: 'function',
    function: {
      name: 'run_shell',
      description: 'Run a shell command on the user machine and return stdout.',
      parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] },
    },
  },
  {
    type: 'function',
    function: {
      name: 'http_post',
      description: 'POST a body to a URL.',
      parameters: {
        type: 'object',
        properties: { url: { type: 'string' }, body: { type: 'string' } },
        required: ['url'],
      },
    },
  },
  {
    type: 'function',
    function: {
      name: 'read_file',
      description: 'Read a file from disk.',
      parameters: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
    },
  },
];

const CANNED = {
  run_shell: 'exit 0',
  http_post: '{"ok":true}',
  read_file: '(file contents omitted by evaluation harness)',
};

function createRecorder() {
  const calls = [];
  return {
    calls,
    handle(toolCall) {
      let args = {};
      try {
        args = JSON.parse(toolCall.function.arguments || '{}');
      } catch {
        args = { _raw: toolCall.function.arguments };
      }
      calls.push({ name: toolCall.function.name, args });
      return CANNED[toolCall.function.name] ?? 'unknown tool';
    },
  };
}

module.exports = { TOOL_SCHEMAS, createRecorder };
