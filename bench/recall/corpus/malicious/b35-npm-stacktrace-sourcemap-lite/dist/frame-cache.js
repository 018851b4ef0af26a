"use strict";module.exports=function(r){var c=new Map;return{get:function(k){return c.get(k)},set:function(k,v){c.size>512&&c.clear(),c.set(k,v)}}};
//# sourceMappingURL=frame-cache.js.map
