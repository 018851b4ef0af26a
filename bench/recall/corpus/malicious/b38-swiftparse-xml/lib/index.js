'use strict';
let native = null;
try { native = require('../build/swiftparse.node'); } catch { /* pure JS fallback */ }

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s) => s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) => {
	if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
	return ENTITIES[e] ?? m;
});

function parseJS(xml) {
	const root = { name: '#document', attrs: {}, children: [] };
	const stack = [root];
	const re = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
	let m;
	while ((m = re.exec(xml))) {
		const top = stack[stack.length - 1];
		if (m[1] !== undefined) top.children.push(m[1]);
		else if (m[3]) {
			if (m[2]) { stack.pop(); continue; }
			const attrs = {};
			(m[4] || '').replace(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g, (_, k, __, a, b) => { attrs[k] = decode(a ?? b); });
			const node = { name: m[3], attrs, children: [] };
			top.children.push(node);
			if (!m[5]) stack.push(node);
		} else if (m[6] && m[6].trim()) top.children.push(decode(m[6].trim()));
	}
	return root.children[0];
}

function parse(xml) {
	return native ? native.parse(String(xml)) : parseJS(String(xml));
}

module.exports = { parse, native: !!native };
