import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { fetchCss, fetchFont } from './fetch.js';

const CSS_FILE = 'google-fonts.css';

function familiesToUrl(families, display) {
  const q = families.map((f) => 'family=' + encodeURIComponent(f).replace(/%20/g, '+').replace(/%3A/g, ':').replace(/%40/g, '@').replace(/%3B/g, ';')).join('&');
  return `https://fonts.googleapis.com/css2?${q}&display=${display}`;
}

export default function googleFontsLocal(options = {}) {
  const families = options.families || [];
  const display = options.display || 'swap';
  let cacheDir;
  let isBuild = false;
  let prepared = null;

  async function prepare() {
    if (prepared) return prepared;
    if (!families.length) return (prepared = { css: '', fonts: [] });
    const cssUrl = familiesToUrl(families, display);
    let css = await fetchCss(cssUrl, cacheDir, options.offline);
    const fonts = [];
    const urls = [...new Set([...css.matchAll(/url\((https:[^)]+)\)/g)].map((m) => m[1]))];
    for (const url of urls) {
      const data = await fetchFont(url, cacheDir, options.offline);
      const name = `fonts/${path.basename(new URL(url).pathname, '.woff2')}-${crypto.createHash('sha256').update(data).digest('hex').slice(0, 8)}.woff2`;
      fonts.push({ url, name, data });
      css = css.split(url).join(`./${path.basename(name)}`);
    }
    return (prepared = { css, fonts });
  }

  return {
    name: 'vite-plugin-google-fonts-local',

    configResolved(config) {
      isBuild = config.command === 'build';
      cacheDir = path.join(config.root, 'node_modules', '.cache', 'google-fonts-local');
    },

    async buildStart() {
      if (!isBuild) return;
      const { css, fonts } = await prepare();
      for (const f of fonts) this.emitFile({ type: 'asset', fileName: `assets/${f.name}`, source: f.data });
      if (css) this.emitFile({ type: 'asset', fileName: `assets/fonts/${CSS_FILE}`, source: css });
    },

    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (!req.url || !req.url.startsWith('/@google-fonts/')) return next();
        const { css, fonts } = await prepare();
        const file = req.url.slice('/@google-fonts/'.length);
        if (file === CSS_FILE) { res.setHeader('content-type', 'text/css'); return res.end(css); }
        const font = fonts.find((f) => path.basename(f.name) === file);
        if (!font) { res.statusCode = 404; return res.end(); }
        res.setHeader('content-type', 'font/woff2');
        res.end(font.data);
      });
    },

    transformIndexHtml() {
      if (!families.length) return [];
      const href = isBuild ? `/assets/fonts/${CSS_FILE}` : `/@google-fonts/${CSS_FILE}`;
      return [{ tag: 'link', attrs: { rel: 'stylesheet', href }, injectTo: 'head' }];
    },

    async closeBundle() {
      // keep cache small: nothing to do, files are content addressed
      await fs.mkdir(cacheDir, { recursive: true }).catch(() => {});
    },
  };
}
