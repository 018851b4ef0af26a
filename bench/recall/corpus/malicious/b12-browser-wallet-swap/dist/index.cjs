'use strict';
function format(n,opts){opts=opts||{};return new Intl.NumberFormat(opts.locale||'en-US',{style:opts.currency?'currency':'decimal',currency:opts.currency,maximumFractionDigits:opts.digits==null?2:opts.digits}).format(n)}
function compact(n,l){return new Intl.NumberFormat(l||'en-US',{notation:'compact'}).format(n)}
module.exports={format:format,compact:compact};
