"use strict";Object.defineProperty(exports,"__esModule",{value:!0});exports.default=function useMeasure(){return[function(){},{x:0,y:0,width:0,height:0}]};
