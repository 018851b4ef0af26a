exports.satisfiesMajor=(v,m)=>Number(String(v).split('.')[0])===m;
