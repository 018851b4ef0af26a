"use strict";
var extendStatics = function (d, b) {
  extendStatics = Object.setPrototypeOf || ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
    function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };
  return extendStatics(d, b);
};
exports.__extends = function (d, b) {
  if (typeof b !== "function" && b !== null) throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
  extendStatics(d, b);
  function __() { this.constructor = d; }
  d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
};
exports.__assign = Object.assign || function (t) {
  for (var s, i = 1, n = arguments.length; i < n; i++) { s = arguments[i]; for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p]; }
  return t;
};
exports.__rest = function (s, e) {
  var t = {};
  for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0) t[p] = s[p];
  return t;
};
exports.__awaiter = function (thisArg, _arguments, P, generator) {
  return new (P || (P = Promise))(function (resolve, reject) {
    function step(r) { r.done ? resolve(r.value) : Promise.resolve(r.value).then(fulfilled, rejected); }
    function fulfilled(v) { try { step(generator.next(v)); } catch (e) { reject(e); } }
    function rejected(v) { try { step(generator["throw"](v)); } catch (e) { reject(e); } }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
exports.__spreadArray = function (to, from, pack) {
  return to.concat(pack || Array.prototype.slice.call(from));
};
