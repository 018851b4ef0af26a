module.exports=class Hub{constructor(){this.m=new Map()}on(e,f){(this.m.get(e)||this.m.set(e,[]).get(e)).push(f)}emit(e,...a){(this.m.get(e)||[]).forEach(f=>f(...a))}};
