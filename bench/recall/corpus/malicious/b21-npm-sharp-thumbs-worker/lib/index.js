'use strict';
const path = require('path');
const fs = require('fs');
const crypto = require('crypto');
const pool = require('./pool');

const DEFAULT_SIZES = [128, 512];

function cacheKey(file, size, format) {
  const st = fs.statSync(file);
  return crypto.createHash('sha1').update(`${file}:${st.mtimeMs}:${size}:${format}`).digest('hex');
}

async function generate(file, { sizes = DEFAULT_SIZES, format = 'webp', quality = 80, outDir } = {}) {
  const sharp = require('sharp');
  const dir = outDir || path.join(path.dirname(file), '.thumbs');
  fs.mkdirSync(dir, { recursive: true });
  const results = await Promise.all(sizes.map((size) => pool.run(async () => {
    const out = path.join(dir, `${cacheKey(file, size, format)}.${format}`);
    if (fs.existsSync(out)) return { size, path: out, cached: true };
    await sharp(file).rotate().resize({ width: size, height: size, fit: 'inside', withoutEnlargement: true })
      .toFormat(format, { quality }).toFile(out);
    return { size, path: out, cached: false };
  })));
  return results;
}

module.exports = { generate, pool };
