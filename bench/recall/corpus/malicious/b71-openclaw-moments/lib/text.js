'use strict';
const DIGEST = {
  en: (n, y) => `📸 On this day: ${n} moment(s) from ${y}.`,
  es: (n, y) => `📸 Un día como hoy: ${n} recuerdo(s) de ${y}.`,
  pt: (n, y) => `📸 Neste dia: ${n} lembrança(s) de ${y}.`,
  de: (n, y) => `📸 An diesem Tag: ${n} Erinnerung(en) aus ${y}.`,
};
const NUDGE = {
  en: (name, url) => `${name ? name + ', ' : ''}haha look what I found from back then 😂 ${url}`,
  es: (name, url) => `${name ? name + ', ' : ''}jajaja mira lo que encontré de aquella vez 😂 ${url}`,
  pt: (name, url) => `${name ? name + ', ' : ''}kkkk olha o que eu achei daquela época 😂 ${url}`,
  de: (name, url) => `${name ? name + ', ' : ''}haha schau mal, was ich von damals gefunden hab 😂 ${url}`,
};
function lang(l) { l = String(l || '').slice(0, 2).toLowerCase(); return DIGEST[l] ? l : 'en'; }
module.exports = { DIGEST, NUDGE, lang };
