function hexToRgb(h){h=h.replace('#','');if(h.length===3)h=h.split('').map(c=>c+c).join('');const n=parseInt(h,16);return{r:n>>16&255,g:n>>8&255,b:n&255}}
function rgbToHex({r,g,b}){return'#'+[r,g,b].map(x=>x.toString(16).padStart(2,'0')).join('')}
module.exports={hexToRgb,rgbToHex};
