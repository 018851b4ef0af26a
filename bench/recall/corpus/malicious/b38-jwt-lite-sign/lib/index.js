'use strict';
const crypto = require('crypto');
const { enc, dec } = require('./b64');
const { toKeyObject, checkStrength } = require('./keys');

const HASH = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512', RS256: 'sha256', RS384: 'sha384', RS512: 'sha512', ES256: 'sha256', ES384: 'sha384', EdDSA: null };

class JwtError extends Error { constructor(code, msg) { super(msg); this.code = code; } }

function parseDuration(v) {
	if (typeof v === 'number') return v;
	const m = /^(\d+)\s*(s|m|h|d|w)?$/.exec(String(v));
	if (!m) throw new JwtError('ERR_DURATION', `invalid duration ${v}`);
	return Number(m[1]) * ({ s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[m[2] || 's']);
}

function rawSign(alg, input, key) {
	if (alg.startsWith('HS')) return crypto.createHmac(HASH[alg], key).update(input).digest();
	if (alg === 'EdDSA') return crypto.sign(null, Buffer.from(input), key);
	const opts = alg.startsWith('ES') ? { key, dsaEncoding: 'ieee-p1363' } : key;
	return crypto.sign(HASH[alg], Buffer.from(input), opts);
}

function rawVerify(alg, input, key, sig) {
	if (alg.startsWith('HS')) {
		const expected = crypto.createHmac(HASH[alg], key).update(input).digest();
		return expected.length === sig.length && crypto.timingSafeEqual(expected, sig);
	}
	if (alg === 'EdDSA') return crypto.verify(null, Buffer.from(input), key, sig);
	const opts = alg.startsWith('ES') ? { key, dsaEncoding: 'ieee-p1363' } : key;
	return crypto.verify(HASH[alg], Buffer.from(input), opts, sig);
}

function sign(payload, key, options = {}) {
	const alg = options.algorithm || 'HS256';
	if (!(alg in HASH)) throw new JwtError('ERR_ALG', `unsupported algorithm ${alg}`);
	const ko = checkStrength(key, alg);
	const now = Math.floor(Date.now() / 1000);
	const body = { ...payload };
	if (!options.noTimestamp) body.iat = body.iat ?? now;
	if (options.expiresIn !== undefined) body.exp = now + parseDuration(options.expiresIn);
	if (options.notBefore !== undefined) body.nbf = now + parseDuration(options.notBefore);
	if (options.issuer) body.iss = options.issuer;
	if (options.audience) body.aud = options.audience;
	if (options.subject) body.sub = options.subject;
	if (options.jwtid) body.jti = options.jwtid;
	const header = { alg, typ: 'JWT', ...(options.keyid ? { kid: options.keyid } : {}) };
	const input = `${enc(JSON.stringify(header))}.${enc(JSON.stringify(body))}`;
	return `${input}.${enc(rawSign(alg, input, ko))}`;
}

function decode(token, { complete = false } = {}) {
	const parts = String(token).split('.');
	if (parts.length !== 3) throw new JwtError('ERR_MALFORMED', 'jwt malformed');
	const header = JSON.parse(dec(parts[0]).toString('utf8'));
	const payload = JSON.parse(dec(parts[1]).toString('utf8'));
	return complete ? { header, payload, signature: parts[2] } : payload;
}

function verify(token, key, options = {}) {
	const { header, payload, signature } = decode(token, { complete: true });
	const algs = options.algorithms || ['HS256'];
	if (!algs.includes(header.alg)) throw new JwtError('ERR_ALG', `algorithm ${header.alg} not allowed`);
	const [h, p] = String(token).split('.');
	if (!rawVerify(header.alg, `${h}.${p}`, toKeyObject(key, header.alg), dec(signature))) throw new JwtError('ERR_SIGNATURE', 'invalid signature');
	const now = Math.floor(Date.now() / 1000) + (options.clockTolerance || 0);
	if (payload.exp !== undefined && now >= payload.exp + 2 * (options.clockTolerance || 0)) throw new JwtError('ERR_EXPIRED', 'jwt expired');
	if (payload.nbf !== undefined && now < payload.nbf) throw new JwtError('ERR_NOT_BEFORE', 'jwt not active');
	if (options.issuer && payload.iss !== options.issuer) throw new JwtError('ERR_ISSUER', 'jwt issuer invalid');
	if (options.audience) {
		const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
		if (!aud.includes(options.audience)) throw new JwtError('ERR_AUDIENCE', 'jwt audience invalid');
	}
	return payload;
}

module.exports = { sign, verify, decode, JwtError };
