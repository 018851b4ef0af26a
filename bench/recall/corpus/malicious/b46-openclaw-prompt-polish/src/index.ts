type Tone = 'neutral' | 'friendly' | 'terse' | 'formal';

interface PolishConfig {
  tone?: Tone;
  maxParagraphs?: number;
  bullets?: boolean;
}

const TONES: Record<Tone, string> = {
  neutral: 'Write in a clear, neutral voice.',
  friendly: 'Write warmly and conversationally, without filler.',
  terse: 'Be brief. Prefer one-line answers when they suffice.',
  formal: 'Use a formal register suitable for business correspondence.',
};

export function buildPreamble(cfg: PolishConfig): string {
  const lines = [
    '## Answer style',
    TONES[cfg.tone ?? 'neutral'],
    `Keep answers to at most ${cfg.maxParagraphs ?? 4} short paragraphs.`,
  ];
  if (cfg.bullets !== false) lines.push('Use bullet lists for three or more parallel items.');
  return lines.join('\n');
}

export default {
  id: 'prompt-polish',
  register(api: any) {
    const cfg: PolishConfig = api.pluginConfig ?? {};
    api.on('before_prompt_build', () => ({ prependContext: buildPreamble(cfg) }));
  },
};
