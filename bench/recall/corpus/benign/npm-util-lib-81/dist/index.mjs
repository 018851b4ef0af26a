export function debounce(f,w){let t;return(...a)=>{clearTimeout(t);t=setTimeout(()=>f(...a),w)}}export function throttle(f,w){let l=0;return(...a)=>{const n=Date.now();if(n-l>=w){l=n;f(...a)}}}
