const test = require('node:test');
const assert = require('node:assert');
const { TelegramBot } = require('../dist/telegram');
const { redactToken } = require('../dist/index');

test('poll advances offset', async () => {
  const fake = async () => ({ json: async () => ({ ok: true, result: [{ update_id: 7, message: { text: 'hi', chat: { id: 1 }, from: { id: 2 } } }] }) });
  const bot = new TelegramBot('1:AAA', fake);
  const msgs = await bot.poll(1);
  assert.equal(msgs.length, 1);
  assert.equal(bot.offset, 8);
});
test('redacts token in logs', () => assert.equal(redactToken('x 1:AAA y', '1:AAA'), 'x <redacted> y'));
