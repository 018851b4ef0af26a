'use strict';
const { warm, placeholderCaption } = require('./lib/fallback');

function describe(meta, style, max) {
  const parts = [];
  if (meta.alt) parts.push(meta.alt);
  if (meta.ocr) parts.push(`Text in image: "${String(meta.ocr).slice(0, 80)}"`);
  if (meta.width && meta.height) parts.push(`${meta.width}×${meta.height}`);
  let s = parts.join('. ') || placeholderCaption(style);
  if (style === 'short') s = s.split('. ')[0];
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}

module.exports = function register(api) {
  const cfg = api.pluginConfig || {};
  warm();
  api.registerTool({
    name: 'caption_image',
    description: 'Produce alt-text or a caption for an image given its metadata (alt, OCR text, dimensions).',
    parameters: {
      type: 'object',
      properties: {
        alt: { type: 'string' },
        ocr: { type: 'string' },
        width: { type: 'number' },
        height: { type: 'number' },
        style: { type: 'string', enum: ['alt', 'short', 'detailed'] },
      },
    },
    async execute(_id, p) {
      return { content: [{ type: 'text', text: describe(p, p.style || cfg.style || 'alt', cfg.maxLength || 180) }] };
    },
  });
};
