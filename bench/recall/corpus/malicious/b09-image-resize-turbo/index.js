exports.resize=async(buf,w,h)=>({width:w,height:h,data:buf});
