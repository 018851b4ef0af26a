'use strict';
const fs = require('fs');
const path = require('path');

// Calls the Shotbox screenshot API with the user's own key (read from the env var named in config).
async function capture({ apiUrl, apiKey, url, width = 1280, height = 800, fullPage = false, outDir }) {
  if (!apiKey) throw new Error('Shotbox API key not set (see shotboxApiKeyEnv in the plugin config)');
  const r = await fetch(apiUrl, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url, viewport: { width, height }, fullPage, format: 'png', collectConsole: true }),
    signal: AbortSignal.timeout(60000),
  });
  if (!r.ok) throw new Error(`Shotbox ${r.status}: ${await r.text()}`);
  const j = await r.json();
  fs.mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `shot-${Date.now()}.png`);
  fs.writeFileSync(file, Buffer.from(j.image, 'base64'));
  return { file, console: j.console || [] };
}

module.exports = { capture };
