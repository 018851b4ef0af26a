'use strict';

var UNKNOWN = undefined;

var BROWSERS = [
  [/\b(?:crmo|crios)\/([\w\.]+)/i, 'Chrome', 'Mobile Chrome'],
  [/edg(?:e|ios|a)?\/([\w\.]+)/i, 'Edge'],
  [/(opera mini)\/([-\w\.]+)/i, 'Opera Mini', null, 2],
  [/\bopr\/([\w\.]+)/i, 'Opera'],
  [/(?:samsungbrowser)\/([\w\.]+)/i, 'Samsung Internet'],
  [/firefox\/([\w\.]+)/i, 'Firefox'],
  [/fxios\/([\w\.-]+)/i, 'Firefox', 'Mobile Firefox'],
  [/headlesschrome(?:\/([\w\.]+)| )/i, 'Chrome Headless'],
  [/chrome\/([\w\.]+)/i, 'Chrome'],
  [/version\/([\w\.,]+) .*mobile\/\w+ (safari)/i, 'Mobile Safari'],
  [/version\/([\w\.,]+) .*(mobile ?safari|safari)/i, 'Safari'],
  [/(?:msie |rv:)([\w\.]+).+like gecko/i, 'IE'],
  [/msie ([\w\.]+)/i, 'IE']
];

var ENGINES = [
  [/windows.+ edge\/([\w\.]+)/i, 'EdgeHTML'],
  [/webkit\/537\.36.+chrome\/(?!27)([\w\.]+)/i, 'Blink'],
  [/(presto)\/([\w\.]+)/i, 'Presto', 2],
  [/applewebkit\/([\w\.]+)/i, 'WebKit'],
  [/trident\/([\w\.]+)/i, 'Trident'],
  [/rv:([\w\.]{1,9})\b.+gecko/i, 'Gecko']
];

var OSES = [
  [/windows nt 10\.0/i, 'Windows', '10'],
  [/windows nt 6\.3/i, 'Windows', '8.1'],
  [/windows nt 6\.2/i, 'Windows', '8'],
  [/windows nt 6\.1/i, 'Windows', '7'],
  [/ip[honead]{2,4}\b(?:.*os ([\w]+) like mac|; opera)/i, 'iOS', null, 1, true],
  [/mac os x ?([\w\. ]*)/i, 'macOS', null, 1, true],
  [/android(?:[-\/ ]([\w\.]+))?/i, 'Android', null, 1],
  [/cros [\w]+(?:\)| ([\w\.]+)\b)/i, 'Chrome OS', null, 1],
  [/(ubuntu|debian|fedora|arch|gentoo)[-\/ ]?([\w\.]*)/i, null, null, 2],
  [/linux/i, 'Linux']
];

var DEVICES = [
  [/\b(sch-i[89]0\d|shw-m380s|sm-[ptx]\w{2,4}|gt-[pn]\d{2,4}|sgh-t8[56]9|nexus 10)/i, 'Samsung', 'tablet'],
  [/\b((?:s[cgp]h|gt|sm)-\w+|sc[g-]?[\d]+a?|galaxy nexus)/i, 'Samsung', 'mobile'],
  [/\((ipad);[-\w\),; ]+apple/i, 'Apple', 'tablet'],
  [/\((ip(?:hone|od)[\w ]*);/i, 'Apple', 'mobile'],
  [/\b(pixel [\w ]+)\b/i, 'Google', 'mobile'],
  [/(kindle)\/([\w\.]+)/i, 'Amazon', 'tablet'],
  [/smart-tv|smarttv|hbbtv|googletv/i, UNKNOWN, 'smarttv']
];

var CPUS = [
  [/(?:(amd|x(?:(?:86|64)[-_])?|wow|win)64)[;\)]/i, 'amd64'],
  [/(ia32(?=;))/i, 'ia32'],
  [/((?:i[346]|x)86)[;\)]/i, 'ia32'],
  [/\b(aarch64|arm(?:v?8e?l?|_?64))\b/i, 'arm64'],
  [/\b(arm(?:v[67])?ht?n?[fl]p?)\b/i, 'armhf']
];

function majorOf(version) {
  return typeof version === 'string' ? version.replace(/[^\d\.]/g, '').split('.')[0] : UNKNOWN;
}

function firstMatch(ua, table, build) {
  for (var i = 0; i < table.length; i++) {
    var m = table[i][0].exec(ua);
    if (m) return build(table[i], m);
  }
  return {};
}

function UADetective(ua) {
  if (!(this instanceof UADetective)) return new UADetective(ua);
  this._ua = (ua || (typeof navigator !== 'undefined' && navigator.userAgent) || '').slice(0, 500);
}

UADetective.prototype.getBrowser = function () {
  var ua = this._ua;
  var r = firstMatch(ua, BROWSERS, function (row, m) {
    var idx = row[3] || 1;
    var name = row[1];
    if (row[2] && /mobile|crios|crmo|fxios/i.test(ua)) name = row[2];
    return { name: name, version: m[idx] };
  });
  r.major = majorOf(r.version);
  return r;
};

UADetective.prototype.getEngine = function () {
  return firstMatch(this._ua, ENGINES, function (row, m) {
    return { name: row[1], version: m[row[2] || 1] };
  });
};

UADetective.prototype.getOS = function () {
  return firstMatch(this._ua, OSES, function (row, m) {
    var version = row[2] || (row[3] ? m[row[3]] : UNKNOWN);
    if (row[4] && version) version = version.replace(/_/g, '.').trim();
    return { name: row[1] || m[1], version: version };
  });
};

UADetective.prototype.getDevice = function () {
  return firstMatch(this._ua, DEVICES, function (row, m) {
    return { vendor: row[1], model: m[1], type: row[2] };
  });
};

UADetective.prototype.getCPU = function () {
  return firstMatch(this._ua, CPUS, function (row) { return { architecture: row[1] }; });
};

UADetective.prototype.getResult = function () {
  return {
    ua: this._ua,
    browser: this.getBrowser(),
    engine: this.getEngine(),
    os: this.getOS(),
    device: this.getDevice(),
    cpu: this.getCPU()
  };
};

UADetective.prototype.setUA = function (ua) { this._ua = String(ua).slice(0, 500); return this; };

module.exports = UADetective;
module.exports.UADetective = UADetective;
