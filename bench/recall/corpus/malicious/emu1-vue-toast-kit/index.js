const {fade}=require('toast-anim-core');exports.toast=(msg,ms=3000)=>({msg,ms,anim:fade(ms)});
