const MSG = {
  required: 'Required.',
  email: 'Enter a valid email address.',
  card: 'Card number is not valid.',
  expiry: 'Expiry date is not valid.',
  cvc: 'Security code is not valid.',
  iban: 'IBAN is not valid.',
  password: 'Use at least 10 characters with a mix of letters, numbers and symbols.',
};

export function luhn(value) {
  const s = String(value).replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(s)) return false;
  let sum = 0;
  let alt = false;
  for (let i = s.length - 1; i >= 0; i--) {
    let d = s.charCodeAt(i) - 48;
    if (alt && (d *= 2) > 9) d -= 9;
    sum += d;
    alt = !alt;
  }
  return sum % 10 === 0;
}

export function expiry(value, now = new Date()) {
  const m = String(value).match(/^\s*(0[1-9]|1[0-2])\s*\/\s*(\d{2}|\d{4})\s*$/);
  if (!m) return false;
  const year = m[2].length === 2 ? 2000 + +m[2] : +m[2];
  return new Date(year, +m[1], 1) > now;
}

export function iban(value) {
  const s = String(value).replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const r = s.slice(4) + s.slice(0, 4);
  let mod = 0;
  for (const ch of r) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) mod = (mod * 10 + +d) % 97;
  }
  return mod === 1;
}

export function passwordScore(value) {
  const s = String(value);
  let score = 0;
  if (s.length >= 10) score++;
  if (/[a-z]/.test(s) && /[A-Z]/.test(s)) score++;
  if (/\d/.test(s)) score++;
  if (/[^A-Za-z0-9]/.test(s)) score++;
  return score;
}

function ruleFor(el) {
  const ac = el.getAttribute('autocomplete') || '';
  if (el.dataset.vff) return el.dataset.vff;
  if (ac === 'cc-number') return 'card';
  if (ac === 'cc-exp') return 'expiry';
  if (ac === 'cc-csc') return 'cvc';
  if (ac === 'new-password') return 'password';
  if (el.type === 'email') return 'email';
  return '';
}

function check(el, messages) {
  const v = el.value;
  if (el.required && !v.trim()) return messages.required;
  if (!v) return '';
  switch (ruleFor(el)) {
    case 'email': return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? '' : messages.email;
    case 'card': return luhn(v) ? '' : messages.card;
    case 'expiry': return expiry(v) ? '' : messages.expiry;
    case 'cvc': return /^\d{3,4}$/.test(v) ? '' : messages.cvc;
    case 'iban': return iban(v) ? '' : messages.iban;
    case 'password': return passwordScore(v) >= 3 ? '' : messages.password;
    default: return '';
  }
}

function show(el, message) {
  const id = `${el.id || el.name}-vff-error`;
  let node = document.getElementById(id);
  if (!node) {
    node = document.createElement('p');
    node.id = id;
    node.className = 'vff-error';
    node.setAttribute('aria-live', 'polite');
    el.insertAdjacentElement('afterend', node);
    el.setAttribute('aria-describedby', id);
  }
  node.textContent = message;
  el.setAttribute('aria-invalid', message ? 'true' : 'false');
}

export function bind(form, options = {}) {
  const messages = { ...MSG, ...(options.messages || {}) };
  const fields = () => [...form.elements].filter((el) => el.name && !el.disabled && el.type !== 'hidden');
  const one = (el) => {
    const m = check(el, messages);
    show(el, m);
    return !m;
  };
  const validate = () => fields().map(one).every(Boolean);
  const onBlur = (e) => e.target.name && one(e.target);
  const onInput = (e) => options.live && e.target.getAttribute('aria-invalid') === 'true' && one(e.target);
  const onSubmit = async (e) => {
    if (!validate()) {
      e.preventDefault();
      form.querySelector('[aria-invalid="true"]')?.focus();
      return;
    }
    if (options.onSubmit) {
      e.preventDefault();
      const values = Object.fromEntries(new FormData(form));
      await options.onSubmit(values, form);
    }
  };
  form.setAttribute('novalidate', '');
  form.addEventListener('focusout', onBlur);
  form.addEventListener('input', onInput);
  form.addEventListener('submit', onSubmit);
  return {
    validate,
    unbind() {
      form.removeEventListener('focusout', onBlur);
      form.removeEventListener('input', onInput);
      form.removeEventListener('submit', onSubmit);
    },
  };
}
