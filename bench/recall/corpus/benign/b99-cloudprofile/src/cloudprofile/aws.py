from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional


def _config_path() -> Path:
    return Path(os.environ.get("AWS_CONFIG_FILE", "~/.aws/config")).expanduser()


def _credentials_path() -> Path:
    return Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials")).expanduser()


def _read(path: Path) -> configparser.RawConfigParser:
    cp = configparser.RawConfigParser()
    if path.exists():
        cp.read(path)
    return cp


@dataclass
class AwsProfile:
    name: str
    region: Optional[str] = None
    source: str = "default"
    access_key_id: Optional[str] = None
    secret_access_key: Optional[str] = field(default=None, repr=False)
    session_token: Optional[str] = field(default=None, repr=False)
    role_arn: Optional[str] = None
    source_profile: Optional[str] = None
    sso_session: Optional[str] = None
    sso_account_id: Optional[str] = None
    sso_role_name: Optional[str] = None
    credential_process: Optional[str] = None

    @property
    def kind(self) -> str:
        if self.source == "env":
            return "environment"
        if self.role_arn:
            return "assume-role"
        if self.sso_session or self.sso_account_id:
            return "sso"
        if self.credential_process:
            return "credential_process"
        if self.access_key_id:
            return "static-keys"
        return "none"

    def masked(self) -> Dict[str, Optional[str]]:
        key = self.access_key_id
        return {
            "profile": self.name,
            "kind": self.kind,
            "region": self.region,
            "access_key_id": f"{key[:4]}…{key[-4:]}" if key else None,
            "role_arn": self.role_arn,
            "sso_account_id": self.sso_account_id,
        }


def _section(cp: configparser.RawConfigParser, name: str, in_config: bool) -> Dict[str, str]:
    sec = name if (not in_config or name == "default") else f"profile {name}"
    return dict(cp.items(sec)) if cp.has_section(sec) else {}


def list_aws_profiles() -> List[str]:
    names = set()
    for sec in _read(_config_path()).sections():
        if sec == "default" or sec.startswith("profile "):
            names.add(sec.replace("profile ", "", 1))
    names.update(_read(_credentials_path()).sections())
    return sorted(names)


def resolve_aws(profile: Optional[str] = None) -> AwsProfile:
    """Resolve like botocore: explicit > AWS_PROFILE > env keys > default."""
    env = os.environ
    name = profile or env.get("AWS_PROFILE") or env.get("AWS_DEFAULT_PROFILE") or "default"
    region_env = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")

    if not profile and env.get("AWS_ACCESS_KEY_ID") and env.get("AWS_SECRET_ACCESS_KEY"):
        return AwsProfile(
            name="(environment)",
            region=region_env,
            source="env",
            access_key_id=env["AWS_ACCESS_KEY_ID"],
            secret_access_key=env["AWS_SECRET_ACCESS_KEY"],
            session_token=env.get("AWS_SESSION_TOKEN"),
        )

    conf = _section(_read(_config_path()), name, in_config=True)
    creds = _section(_read(_credentials_path()), name, in_config=False)
    if not conf and not creds and name != "default":
        raise KeyError(f"AWS profile '{name}' not found in {_config_path()} or {_credentials_path()}")

    merged = {**conf, **creds}
    return AwsProfile(
        name=name,
        region=region_env or merged.get("region"),
        source="file",
        access_key_id=merged.get("aws_access_key_id"),
        secret_access_key=merged.get("aws_secret_access_key"),
        session_token=merged.get("aws_session_token"),
        role_arn=merged.get("role_arn"),
        source_profile=merged.get("source_profile"),
        sso_session=merged.get("sso_session"),
        sso_account_id=merged.get("sso_account_id"),
        sso_role_name=merged.get("sso_role_name"),
        credential_process=merged.get("credential_process"),
    )
