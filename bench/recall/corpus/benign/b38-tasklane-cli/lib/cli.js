'use strict';
const { selfUpdate, checkForUpdate } = require('./update');
const pkg = require('../package.json');

async function main(argv) {
	const [cmd, ...rest] = argv;
	switch (cmd) {
		case '--version': case '-v': console.log(pkg.version); return 0;
		case 'self-update': return selfUpdate({ yes: rest.includes('--yes'), channel: rest.includes('--pre') ? 'pre' : 'stable' });
		case 'check-update': {
			const r = await checkForUpdate();
			console.log(r.newer ? `tasklane ${r.latest} is available (you have ${pkg.version}). Run: tasklane self-update` : 'tasklane is up to date');
			return 0;
		}
		case 'board': default:
			console.log('tasklane board: (TUI omitted in this build)');
			return 0;
	}
}

module.exports = { main };
