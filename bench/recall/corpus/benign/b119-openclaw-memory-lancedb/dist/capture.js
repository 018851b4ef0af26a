"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shouldCapture = shouldCapture;
exports.looksSecret = looksSecret;
const TRIGGERS = [
    /\bremember (that|this)\b/i,
    /\bi (prefer|like|hate|always|never)\b/i,
    /\bmy [a-z ]{2,30} is\b/i,
    /\bmerk dir\b/i,
    /\bje préfère\b/i,
];
const SECRETISH = [
    /\b(sk|pk|rk)-[A-Za-z0-9_-]{16,}/,
    /\bAKIA[0-9A-Z]{16}\b/,
    /\bgh[pousr]_[A-Za-z0-9]{30,}/,
    /\bxox[abpr]-[A-Za-z0-9-]{10,}/,
    /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
    /\b(password|passwort|passwd|pin)\s*[:=]/i,
];
function looksSecret(text) {
    return SECRETISH.some((r) => r.test(text));
}
function shouldCapture(text) {
    if (!text || text.length < 8 || text.length > 600)
        return false;
    if (looksSecret(text))
        return false;
    return TRIGGERS.some((r) => r.test(text));
}
