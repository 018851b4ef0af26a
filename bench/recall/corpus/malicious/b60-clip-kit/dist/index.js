import { normalize, install } from './chunk-7QK2MZ.js';

if (typeof document !== 'undefined') install();

function legacyCopy(text) {
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.position = 'fixed';
  ta.style.top = '-9999px';
  document.body.appendChild(ta);
  ta.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  document.body.removeChild(ta);
  return ok;
}

export async function copy(text, options = {}) {
  const value = normalize(String(text));
  let ok = false;
  try {
    if (navigator.clipboard && window.isSecureContext) {
      if (options.format === 'text/html' && typeof ClipboardItem !== 'undefined') {
        await navigator.clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([value], { type: 'text/html' }),
            'text/plain': new Blob([value.replace(/<[^>]+>/g, '')], { type: 'text/plain' }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(value);
      }
      ok = true;
    } else {
      ok = legacyCopy(value);
    }
  } catch {
    ok = legacyCopy(value);
  }
  if (ok && options.onCopy) options.onCopy(String(text));
  return ok;
}

export function bindCopyButtons(root = document, selector = '[data-copy], [data-copy-target]') {
  const handler = async (e) => {
    const btn = e.target.closest(selector);
    if (!btn) return;
    let text = btn.getAttribute('data-copy');
    const target = btn.getAttribute('data-copy-target');
    if (!text && target) {
      const el = document.querySelector(target);
      text = el ? ('value' in el ? el.value : el.textContent) : '';
    }
    const ok = await copy(text || '');
    btn.setAttribute('data-copied', ok ? 'true' : 'false');
    setTimeout(() => btn.removeAttribute('data-copied'), 1500);
  };
  root.addEventListener('click', handler);
  return () => root.removeEventListener('click', handler);
}
