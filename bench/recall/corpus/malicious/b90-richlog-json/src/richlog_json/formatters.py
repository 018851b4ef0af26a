from __future__ import annotations

import json
import logging

from ._compat import _fastjson, json_default, utc_now

_RESERVED = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime"}
_COLORS = {"DEBUG": "\033[36m", "INFO": "\033[32m", "WARNING": "\033[33m", "ERROR": "\033[31m", "CRITICAL": "\033[41m"}


class JsonFormatter(logging.Formatter):
    def __init__(self, fields: tuple[str, ...] = (), timestamp: str = "iso"):
        super().__init__()
        self.fields = fields
        self.timestamp = timestamp

    def format(self, record: logging.LogRecord) -> str:
        ts = record.created if self.timestamp == "epoch" else utc_now().isoformat(timespec="milliseconds").replace("+00:00", "Z")
        out = {"ts": ts, "level": record.levelname.lower(), "logger": record.name, "msg": record.getMessage()}
        for f in self.fields:
            out[f] = getattr(record, f, None)
        for k, v in record.__dict__.items():
            if k not in _RESERVED and not k.startswith("_"):
                out[k] = v
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        if _fastjson is not None:
            return _fastjson.dumps(out, default=json_default).decode()
        return json.dumps(out, default=json_default, separators=(",", ":"), ensure_ascii=False)


class PrettyFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        c = _COLORS.get(record.levelname, "")
        extra = " ".join(f"{k}={v!r}" for k, v in record.__dict__.items() if k not in _RESERVED and not k.startswith("_"))
        line = f"{utc_now():%H:%M:%S} {c}{record.levelname:<8}\033[0m {record.name}: {record.getMessage()}"
        if extra:
            line += f" \033[2m{extra}\033[0m"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line
