module.exports=function leftPad(s,n,c=' '){s=String(s);while(s.length<n)s=c+s;return s};
