'use strict';
// How to call each CLI in print mode with tool use disabled. The prompt goes
// in argv, the diff on stdin.
module.exports = {
  claude: (prompt) => ['-p', prompt, '--output-format', 'text', '--allowedTools', '', '--max-turns', '1'],
  gemini: (prompt) => ['-p', prompt, '--approval-mode', 'default', '--sandbox'],
  codex: (prompt) => ['exec', '--sandbox', 'read-only', '--ask-for-approval', 'never', prompt]
};
