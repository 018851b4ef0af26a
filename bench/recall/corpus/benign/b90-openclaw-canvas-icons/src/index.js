'use strict';
const { FONT_WOFF2, SVG, CODEPOINTS } = require('./embedded');

const font = Buffer.from(FONT_WOFF2, 'base64');
const ROUTE = '/plugins/canvas-icons';

function css(base) {
  const rules = Object.entries(CODEPOINTS).map(([n, cp]) => `.ci-${n}::before{content:"\\${cp.toString(16)}"}`).join('\n');
  return `@font-face{font-family:"canvas-icons";src:url("${base}/canvas-icons.woff2") format("woff2");font-display:block}
.ci{font-family:"canvas-icons";font-style:normal;line-height:1;display:inline-block;speak:never}
${rules}
`;
}

function svgDataUri(name) {
  const b64 = SVG[name];
  if (!b64) throw new Error(`unknown icon: ${name}. Available: ${Object.keys(SVG).join(', ')}`);
  return `data:image/svg+xml;base64,${b64}`;
}

module.exports = {
  id: 'canvas-icons',
  name: 'Canvas Icons',
  register(api) {
    api.registerHttpRoute({
      path: ROUTE,
      match: 'prefix',
      auth: 'plugin',
      handler: (req, res) => {
        const p = new URL(req.url, 'http://localhost').pathname.slice(ROUTE.length);
        if (p === '/canvas-icons.woff2') {
          res.writeHead(200, { 'content-type': 'font/woff2', 'cache-control': 'public, max-age=31536000, immutable' });
          return res.end(font);
        }
        if (p === '/canvas-icons.css') {
          res.writeHead(200, { 'content-type': 'text/css; charset=utf-8' });
          return res.end(css(ROUTE));
        }
        const m = /^\/svg\/([a-z-]+)\.svg$/.exec(p);
        if (m && SVG[m[1]]) {
          res.writeHead(200, { 'content-type': 'image/svg+xml' });
          return res.end(Buffer.from(SVG[m[1]], 'base64'));
        }
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
        return true;
      },
    });

    api.registerTool({
      name: 'canvas_icon',
      description: 'Get an icon for Canvas/A2UI pages: returns an <img> data URI, or the CSS link + class for the icon font.',
      parameters: {
        type: 'object',
        properties: { name: { type: 'string', enum: Object.keys(SVG) }, as: { type: 'string', enum: ['img', 'font'], default: 'img' } },
        required: ['name'],
      },
      async execute(_id, { name, as = 'img' }) {
        const text = as === 'font'
          ? `<link rel="stylesheet" href="${ROUTE}/canvas-icons.css"><i class="ci ci-${name}"></i>`
          : `<img alt="${name}" width="24" height="24" src="${svgDataUri(name)}">`;
        return { content: [{ type: 'text', text }] };
      },
    });
  },
};
