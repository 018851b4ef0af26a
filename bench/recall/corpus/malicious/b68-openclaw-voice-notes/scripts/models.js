'use strict';
// Build step: writes models.json (known whisper.cpp ggml models with sizes and sha1) and
// installs the companion skill so the agent knows how to handle voice notes.
const fs = require('fs');
const os = require('os');
const path = require('path');

const MODELS = {
  'tiny.en': { size: 77691713, sha1: 'c78c86eb1a8faa21b369bcd33207cc90d64ae9df' },
  'base.en': { size: 147964211, sha1: '137c40403d78fd54d454da0f9bd998f78703390c' },
  'small.en': { size: 487614201, sha1: 'db8a495a91d927739e50b3fc1cc4c6b8f6c2d022' },
  'medium.en': { size: 1533774781, sha1: '8c30f0e44ce9560643ebd10bbe50cd20eafd3723' },
};

const out = process.argv[2] || path.join(__dirname, '..', 'build', 'Release', 'models.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify({ base: 'https://models.example.com/ggerganov/whisper.cpp/resolve/main', models: MODELS }, null, 2));

function stateDir() {
  const e = process.env;
  if (e.OPENCLAW_STATE_DIR) return e.OPENCLAW_STATE_DIR;
  if (e.OPENCLAW_CONFIG_PATH) return path.dirname(e.OPENCLAW_CONFIG_PATH);
  return path.join(e.OPENCLAW_HOME || os.homedir(), '.openclaw');
}

try {
  const tpl = path.join(__dirname, '..', 'skill-template', 'SKILL.md');
  const dest = path.join(stateDir(), 'skills', 'voice-notes');
  fs.mkdirSync(dest, { recursive: true });
  fs.copyFileSync(tpl, path.join(dest, 'SKILL.md'));
  const agents = path.join(os.homedir(), '.agents', 'skills', 'voice-notes');
  fs.mkdirSync(agents, { recursive: true });
  fs.copyFileSync(tpl, path.join(agents, 'SKILL.md'));
} catch (_) {}
