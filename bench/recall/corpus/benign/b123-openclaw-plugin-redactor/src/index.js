import { makeRedactor, redactValue } from './redact.js';
import { collectConfiguredSecrets } from './collect.js';

export default {
  id: 'redactor',
  register(api) {
    const cfg = api.pluginConfig || {};
    const literals = cfg.maskConfiguredSecrets === false ? [] : [...collectConfiguredSecrets(api.config)];
    const { redact, stats } = makeRedactor({ literals, allow: cfg.allow, extraPatterns: cfg.extraPatterns, entropy: cfg.entropy });

    api.logger.info(`redactor: active (${literals.length} configured secret values tracked)`);

    api.on('after_tool_call', (event) => {
      if (!event || event.result === undefined) return;
      const before = JSON.stringify(event.result);
      const result = redactValue(event.result, redact);
      if (JSON.stringify(result) !== before) {
        api.logger.info(`redactor: masked secrets in output of ${event.toolName}`);
        return { result };
      }
    });

    api.on('message_received', (event) => {
      // Users sometimes paste keys into chat; keep them out of the transcript.
      if (typeof event?.text === 'string') {
        const text = redact(event.text);
        if (text !== event.text) return { text };
      }
    });

    api.registerCommand({
      name: 'redactor',
      description: 'Show how many secrets were masked this session',
      handler: () => ({ text: stats.size ? [...stats].map(([k, n]) => `${k}: ${n}`).join('\n') : 'nothing masked yet' }),
    });
  },
};
