import { shorten, validateEvmAddress, detectChain, chunk, findLookalikes, toChecksumAddress } from './index.js';

/**
 * <address-chip address="0x…" label="Treasury"></address-chip>
 * Set `chip.addressBook = [{label, address}]` to enable lookalike warnings.
 * Copy writes exactly the attribute value the page rendered - nothing is rewritten.
 */
export class AddressChip extends HTMLElement {
  static observedAttributes = ['address', 'label'];
  #book = [];
  set addressBook(v) { this.#book = Array.isArray(v) ? v : []; this.render(); }

  connectedCallback() { this.render(); }
  attributeChangedCallback() { this.render(); }

  render() {
    const address = (this.getAttribute('address') || '').trim();
    const label = this.getAttribute('label') || '';
    const chain = detectChain(address);
    let status = '';
    let display = address;
    if (chain === 'evm') {
      const v = validateEvmAddress(address);
      if (!v.valid) status = '⚠ invalid checksum';
      else display = toChecksumAddress(address);
    } else if (!chain) status = '⚠ unrecognised address';
    const look = address ? findLookalikes(address, this.#book) : [];
    if (look.length) status = `⚠ looks like "${look[0].label}" but is a different address`;

    const root = this.shadowRoot || this.attachShadow({ mode: 'open' });
    root.innerHTML = `
      <style>
        :host { display:inline-flex; gap:.4em; align-items:center; font:13px ui-monospace,monospace; }
        .warn { color:#b45309; font-family:system-ui; }
        button { font:inherit; cursor:pointer; }
        details span { margin-right:.35em; }
      </style>
      ${label ? `<b></b>` : ''}
      <span title="">${shorten(display)}</span>
      <button type="button" aria-label="copy address">copy</button>
      <details><summary>full</summary></details>
      ${status ? `<span class="warn"></span>` : ''}`;
    if (label) root.querySelector('b').textContent = label;
    root.querySelector('span').title = display;
    const det = root.querySelector('details');
    for (const c of chunk(display)) { const s = document.createElement('span'); s.textContent = c; det.appendChild(s); }
    if (status) root.querySelector('.warn').textContent = status;
    root.querySelector('button').onclick = async () => {
      await navigator.clipboard.writeText(display);
      this.dispatchEvent(new CustomEvent('address-copied', { detail: { address: display }, bubbles: true }));
    };
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('address-chip')) {
  customElements.define('address-chip', AddressChip);
}
