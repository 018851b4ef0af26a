import os

import pytest

from .profiles import is_secret, load_profile, mask

_applied = {}
_previous = {}
_secrets = set()


def pytest_addoption(parser):
    parser.addoption("--env-profile", default=os.environ.get("PYTEST_ENV_PROFILE"), help="named env profile to apply")


def pytest_configure(config):
    name = config.getoption("--env-profile")
    if not name:
        return
    try:
        values = load_profile(config.rootpath, name)
    except KeyError as e:
        raise pytest.UsageError(str(e))
    for k, v in values.items():
        _previous[k] = os.environ.get(k)
        os.environ[k] = v
        _applied[k] = v
        if is_secret(k, v):
            _secrets.add(v)
    config._envprofile_name = name


def pytest_report_header(config):
    name = getattr(config, "_envprofile_name", None)
    if not name:
        return None
    shown = ", ".join(f"{k}={'***' if v in _secrets else mask(v, _secrets)}" for k, v in sorted(_applied.items()))
    return f"env profile: {name} ({shown})"


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    if _secrets and rep.longrepr is not None:
        rep.longrepr = mask(str(rep.longrepr), _secrets)


def pytest_unconfigure(config):
    for k, old in _previous.items():
        if old is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = old
