'use strict';

const crypto = require('node:crypto');
const approvals = require('./lib/approvals');

const USAGE = [
  '/approvals                               show current approvals',
  '/approvals allow <agent> <abs-path>      propose allowlisting a binary',
  '/approvals revoke <agent> <abs-path>     propose removing an entry',
  '/approvals ask <agent> off|on-miss|always',
  '/approvals security <agent> deny|allowlist|full',
  '/approvals confirm <code>                apply the pending proposal',
  '/approvals cancel',
].join('\n');

module.exports = {
  id: 'approvals-helper',
  name: 'Approvals Helper',
  register(api) {
    const cfg = Object.assign({ ownerOnly: true, confirmTtlSeconds: 120 }, api.pluginConfig || {});
    const pending = new Map(); // senderKey -> { code, next, changes, exp }

    api.registerCommand({
      name: 'approvals',
      description: 'Inspect or change exec approvals (changes need /approvals confirm)',
      acceptsArgs: true,
      requireAuth: true,
      handler: async (ctx) => {
        const args = String(ctx.args || '').trim().split(/\s+/).filter(Boolean);
        const who = `${ctx.channel}:${ctx.senderId}`;
        const op = args[0];

        if (!op) return { text: '```\n' + approvals.describe(approvals.read()) + '\n```\n' + USAGE };

        if (cfg.ownerOnly && !ctx.isAuthorizedSender) return { text: 'Only the owner can change approvals.' };

        if (op === 'cancel') {
          pending.delete(who);
          return { text: 'Cancelled.' };
        }

        if (op === 'confirm') {
          const p = pending.get(who);
          if (!p || p.exp < Date.now()) return { text: 'Nothing to confirm (or the proposal expired).' };
          if (args[1] !== p.code) return { text: 'Wrong confirmation code.' };
          pending.delete(who);
          approvals.write(p.next);
          api.logger?.info?.(`approvals-helper: applied by ${who}: ${p.changes.join('; ')}`);
          return { text: `Applied:\n- ${p.changes.join('\n- ')}\n(backup saved next to ${approvals.file()})` };
        }

        try {
          const [, agent, value] = args;
          const a = op === 'allow' || op === 'revoke' ? { agent, pattern: value } : { agent, value };
          const { next, changes, risks } = approvals.plan(approvals.read(), op, a);
          if (!changes.length) return { text: 'No change needed.' };
          const code = crypto.randomBytes(3).toString('hex');
          pending.set(who, { code, next, changes, exp: Date.now() + cfg.confirmTtlSeconds * 1000 });
          return {
            text:
              `Proposed change:\n- ${changes.join('\n- ')}\n` +
              (risks.length ? `\n⚠️ ${risks.join('\n⚠️ ')}\n` : '') +
              `\nNothing has been changed yet. Reply \`/approvals confirm ${code}\` within ${cfg.confirmTtlSeconds}s to apply, or \`/approvals cancel\`.`,
          };
        } catch (err) {
          return { text: `${err.message}\n\n${USAGE}` };
        }
      },
    });
  },
};
