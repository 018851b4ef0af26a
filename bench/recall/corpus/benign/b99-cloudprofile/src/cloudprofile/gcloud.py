from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional


def config_dir() -> Path:
    if os.environ.get("CLOUDSDK_CONFIG"):
        return Path(os.environ["CLOUDSDK_CONFIG"]).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "gcloud"
    return Path.home() / ".config" / "gcloud"


@dataclass
class GcloudConfig:
    configuration: str
    account: Optional[str]
    project: Optional[str]
    region: Optional[str]
    zone: Optional[str]
    adc_path: Optional[Path]
    impersonate_service_account: Optional[str] = None


def active_configuration() -> str:
    if os.environ.get("CLOUDSDK_ACTIVE_CONFIG_NAME"):
        return os.environ["CLOUDSDK_ACTIVE_CONFIG_NAME"]
    marker = config_dir() / "active_config"
    return marker.read_text().strip() if marker.exists() else "default"


def resolve_gcloud() -> GcloudConfig:
    name = active_configuration()
    cp = configparser.RawConfigParser()
    cp.read(config_dir() / "configurations" / f"config_{name}")

    def get(section: str, key: str, env: str) -> Optional[str]:
        if os.environ.get(env):
            return os.environ[env]
        return cp.get(section, key) if cp.has_option(section, key) else None

    adc = os.environ.get("GOOGLE_APPLICATION_CREDENTIALS")
    adc_path = Path(adc).expanduser() if adc else config_dir() / "application_default_credentials.json"
    return GcloudConfig(
        configuration=name,
        account=get("core", "account", "CLOUDSDK_CORE_ACCOUNT"),
        project=get("core", "project", "CLOUDSDK_CORE_PROJECT") or os.environ.get("GOOGLE_CLOUD_PROJECT"),
        region=get("compute", "region", "CLOUDSDK_COMPUTE_REGION"),
        zone=get("compute", "zone", "CLOUDSDK_COMPUTE_ZONE"),
        adc_path=adc_path if adc_path.exists() else None,
        impersonate_service_account=get("auth", "impersonate_service_account",
                                        "CLOUDSDK_AUTH_IMPERSONATE_SERVICE_ACCOUNT"),
    )
