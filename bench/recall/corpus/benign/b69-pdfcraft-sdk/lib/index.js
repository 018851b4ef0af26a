'use strict';
const fs = require('fs');
const zlib = require('zlib');
const { checkLicense } = require('./lic');

const esc = (s) => String(s).replace(/[\\()]/g, (c) => '\\' + c).replace(/[^\x20-\x7e]/g, '?');
const PAGE = { A4: [595.28, 841.89], Letter: [612, 792] };

class Document {
  constructor({ size = 'A4', licenseKey = process.env.PDFCRAFT_LICENSE_KEY, compress = true } = {}) {
    this.size = PAGE[size] || size;
    this.pages = [];
    this.compress = compress;
    this.license = checkLicense(licenseKey);
    this.addPage();
  }
  addPage() { this.cur = { ops: [] }; this.pages.push(this.cur); return this; }
  text(str, x, y, { size = 12, font = 'F1' } = {}) {
    this.cur.ops.push(`BT /${font} ${size} Tf ${x} ${this.size[1] - y} Td (${esc(str)}) Tj ET`);
    return this;
  }
  rect(x, y, w, h, { fill, stroke = '0 0 0' } = {}) {
    if (fill) this.cur.ops.push(`${fill} rg ${x} ${this.size[1] - y - h} ${w} ${h} re f`);
    this.cur.ops.push(`${stroke} RG ${x} ${this.size[1] - y - h} ${w} ${h} re S`);
    return this;
  }
  line(x1, y1, x2, y2, { width = 1 } = {}) {
    this.cur.ops.push(`${width} w ${x1} ${this.size[1] - y1} m ${x2} ${this.size[1] - y2} l S`);
    return this;
  }
  table(rows, { x = 50, y = 100, colWidths, rowHeight = 20, size = 10 } = {}) {
    const widths = colWidths || rows[0].map(() => (this.size[0] - 2 * x) / rows[0].length);
    rows.forEach((row, r) => {
      let cx = x;
      row.forEach((cell, c) => {
        this.rect(cx, y + r * rowHeight, widths[c], rowHeight, r === 0 ? { fill: '0.93 0.93 0.93' } : {});
        this.text(String(cell), cx + 4, y + r * rowHeight + rowHeight - 6, { size, font: r === 0 ? 'F2' : 'F1' });
        cx += widths[c];
      });
    });
    return this;
  }
  toBuffer() {
    if (!this.license.valid) {
      for (const p of this.pages) p.ops.push(`BT /F2 36 Tf 0.85 g 1 0 0 1 90 ${this.size[1] / 2} Tm (PDFCraft Evaluation) Tj ET`);
    }
    const objs = [];
    const add = (s) => { objs.push(s); return objs.length; };
    const catalog = add(null), pagesId = add(null);
    const f1 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
    const f2 = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>');
    const kids = [];
    for (const p of this.pages) {
      let data = Buffer.from(p.ops.join('\n'), 'latin1');
      let filter = '';
      if (this.compress) { data = zlib.deflateSync(data); filter = ' /Filter /FlateDecode'; }
      const content = add({ dict: `<< /Length ${data.length}${filter} >>`, data });
      kids.push(add(`<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${this.size[0]} ${this.size[1]}] /Resources << /Font << /F1 ${f1} 0 R /F2 ${f2} 0 R >> >> /Contents ${content} 0 R >>`));
    }
    objs[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
    objs[pagesId - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
    const parts = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
    const offsets = [];
    let len = parts[0].length;
    objs.forEach((o, i) => {
      offsets.push(len);
      const head = Buffer.from(`${i + 1} 0 obj\n`, 'latin1');
      const body = typeof o === 'string' ? Buffer.from(o + '\nendobj\n', 'latin1') : Buffer.concat([Buffer.from(o.dict + '\nstream\n', 'latin1'), o.data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
      parts.push(head, body);
      len += head.length + body.length;
    });
    const xref = `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
    parts.push(Buffer.from(xref + `trailer\n<< /Size ${objs.length + 1} /Root ${catalog} 0 R /Info << /Producer (PDFCraft SDK 7.2.1) >> >>\nstartxref\n${len}\n%%EOF\n`, 'latin1'));
    return Buffer.concat(parts);
  }
  save(file) { fs.writeFileSync(file, this.toBuffer()); return file; }
}

module.exports = { Document, checkLicense };
