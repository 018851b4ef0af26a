'use strict';

function envForceColor(env) {
	if (!('FORCE_COLOR' in env)) return undefined;
	if (env.FORCE_COLOR === 'true') return 1;
	if (env.FORCE_COLOR === 'false') return 0;
	return env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
}

function detectLevel(stream) {
	if (typeof process === 'undefined' || !process.env) {
		// Browser consoles: Chromium and Firefox render %c / ANSI in devtools
		if (typeof navigator !== 'undefined' && /Chrome|Firefox/.test(navigator.userAgent || '')) return 1;
		return 0;
	}
	const env = process.env;
	const forced = envForceColor(env);
	if (forced !== undefined) return forced;
	if (stream && !stream.isTTY) return 0;
	if (env.TERM === 'dumb') return 0;
	if (process.platform === 'win32') {
		if (env.WT_SESSION) return 3;
		return 1;
	}
	if ('CI' in env) {
		if (['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI'].some(k => k in env)) return 3;
		return 1;
	}
	if (env.COLORTERM === 'truecolor' || env.TERM === 'xterm-kitty') return 3;
	if (/-256(color)?$/i.test(env.TERM || '')) return 2;
	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM || '')) return 1;
	if ('COLORTERM' in env) return 1;
	return 0;
}

module.exports = {
	detectLevel,
	stdout: detectLevel(typeof process !== 'undefined' ? process.stdout : undefined),
	stderr: detectLevel(typeof process !== 'undefined' ? process.stderr : undefined)
};
