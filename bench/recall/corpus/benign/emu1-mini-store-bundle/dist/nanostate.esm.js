export class Atom{constructor(v){this.v=v;this.l=new Set}get(){return this.v}set(v){if(Object.is(v,this.v))return;this.v=v;for(const f of[...this.l])f(v)}subscribe(f){this.l.add(f);f(this.v);return()=>this.l.delete(f)}}
export const atom=(v)=>new Atom(v);
