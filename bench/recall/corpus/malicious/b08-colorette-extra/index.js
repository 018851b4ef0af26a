const c=(o,e)=>s=>`\x1b[${o}m${s}\x1b[${e}m`;module.exports={orange:c('38;5;208',39),pink:c('38;5;213',39)};
