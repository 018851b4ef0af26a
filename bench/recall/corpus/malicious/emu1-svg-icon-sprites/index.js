exports.sprite=(icons)=>`<svg xmlns="http://www.w3.org/2000/svg">${icons.map(i=>`<symbol id="${i.id}">${i.svg}</symbol>`).join('')}</svg>`;
