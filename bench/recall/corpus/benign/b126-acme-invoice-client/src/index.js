'use strict';
const fs = require('fs');
const { z } = require('zod');
const { HttpClient } = require('@acmecorp/http-core');
const PDFDocument = require('pdfkit');

const Line = z.object({ sku: z.string().min(1), qty: z.number().int().positive(), unitPrice: z.number().int().nonnegative(), description: z.string().optional() });
const NewInvoice = z.object({ customerId: z.string().regex(/^C-\d+$/), currency: z.enum(['EUR', 'USD', 'GBP', 'SEK']), lines: z.array(Line).min(1), dueDays: z.number().int().min(0).max(120).default(30) });

class InvoiceClient {
  constructor({ baseUrl, token, timeoutMs = 10000 }) {
    if (!baseUrl || !token) throw new Error('InvoiceClient: baseUrl and token are required');
    this.http = new HttpClient({ baseUrl, timeoutMs, headers: { authorization: `Bearer ${token}` }, retry: { retries: 2 } });
  }

  async create(input) {
    const body = NewInvoice.parse(input);
    return this.http.post('/v2/invoices', body);
  }

  async get(id) { return this.http.get(`/v2/invoices/${encodeURIComponent(id)}`); }

  async list({ customerId, status, limit = 50, cursor } = {}) {
    return this.http.get('/v2/invoices', { query: { customerId, status, limit, cursor } });
  }

  async void(id, reason) {
    if (!reason) throw new Error('void() requires a reason for the audit log');
    return this.http.post(`/v2/invoices/${encodeURIComponent(id)}/void`, { reason });
  }

  async renderPdf(id, file) {
    const inv = await this.get(id);
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    doc.pipe(fs.createWriteStream(file));
    doc.fontSize(18).text(`Invoice ${inv.number}`, { align: 'right' });
    doc.moveDown().fontSize(10).text(`Customer: ${inv.customer.name}`).text(`Issued: ${inv.issuedAt.slice(0, 10)}   Due: ${inv.dueAt.slice(0, 10)}`);
    doc.moveDown();
    let total = 0;
    for (const l of inv.lines) {
      const amt = l.qty * l.unitPrice;
      total += amt;
      doc.text(`${l.sku}  ${l.description || ''}`, { continued: true }).text(`${l.qty} × ${(l.unitPrice / 100).toFixed(2)} = ${(amt / 100).toFixed(2)} ${inv.currency}`, { align: 'right' });
    }
    doc.moveDown().fontSize(12).text(`Total: ${(total / 100).toFixed(2)} ${inv.currency}`, { align: 'right' });
    doc.end();
    return file;
  }
}

module.exports = { InvoiceClient, NewInvoice };
