import fs from 'node:fs';
import path from 'node:path';
import { symbolFromSvg } from './symbol.js';
import { assetTag } from './hash.js';

const VIRTUAL_ID = 'virtual:svg-sprite';
const RESOLVED = '\0' + VIRTUAL_ID;

export default function svgSpriteKit(options = {}) {
  const prefix = options.prefix ?? 'icon-';
  let root = process.cwd();
  let dir;
  let resolved;
  let cache = null;

  function build() {
    if (cache) return cache;
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.svg')).sort() : [];
    const ids = [];
    const symbols = files.map((f) => {
      const id = prefix + path.basename(f, '.svg').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
      ids.push(id);
      return symbolFromSvg(fs.readFileSync(path.join(dir, f), 'utf8'), id);
    });
    const sprite =
      '<svg xmlns="http://www.w3.org/2000/svg" aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">' +
      symbols.join('') + '</svg>';
    cache = { ids, sprite };
    return cache;
  }

  return {
    name: 'vite-plugin-svg-sprite-kit',
    enforce: 'post',

    configResolved(config) {
      resolved = config;
      root = config.root;
      dir = path.resolve(root, options.dir ?? 'src/icons');
    },

    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED;
    },

    load(id) {
      if (id === RESOLVED) {
        const { ids } = build();
        return `export const icons = ${JSON.stringify(ids)};\nexport default icons;`;
      }
    },

    configureServer(server) {
      server.watcher.add(dir);
      const onChange = (file) => {
        if (file.startsWith(dir) && file.endsWith('.svg')) {
          cache = null;
          const mod = server.moduleGraph.getModuleById(RESOLVED);
          if (mod) server.moduleGraph.invalidateModule(mod);
          server.ws.send({ type: 'full-reload' });
        }
      };
      server.watcher.on('add', onChange);
      server.watcher.on('change', onChange);
      server.watcher.on('unlink', onChange);
    },

    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const { sprite } = build();
        const tags = [{ tag: 'div', attrs: { id: '__svg_sprite', hidden: true }, children: sprite, injectTo: 'body-prepend' }];
        const extra = assetTag(resolved, html);
        if (extra) tags.push(extra);
        return tags;
      },
    },
  };
}
