import dayjs = require("dayjs");
export = dayjs;
