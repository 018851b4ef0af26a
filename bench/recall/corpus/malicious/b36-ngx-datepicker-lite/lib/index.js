"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DatepickerLiteModule = exports.formatDate = exports.buildMonth = void 0;
function buildMonth(year, month, firstDayOfWeek) {
    if (firstDayOfWeek === void 0) { firstDayOfWeek = 1; }
    var first = new Date(year, month, 1);
    var offset = (first.getDay() - firstDayOfWeek + 7) % 7;
    var days = new Date(year, month + 1, 0).getDate();
    var cells = [];
    for (var i = 0; i < offset; i++) cells.push(null);
    for (var d = 1; d <= days; d++) cells.push(new Date(year, month, d));
    while (cells.length % 7) cells.push(null);
    var weeks = [];
    for (var w = 0; w < cells.length; w += 7) weeks.push(cells.slice(w, w + 7));
    return weeks;
}
exports.buildMonth = buildMonth;
function formatDate(d, locale) {
    return new Intl.DateTimeFormat(locale || "en-US", { year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}
exports.formatDate = formatDate;
var DatepickerLiteModule = /** @class */ (function () { function DatepickerLiteModule() {} return DatepickerLiteModule; }());
exports.DatepickerLiteModule = DatepickerLiteModule;
