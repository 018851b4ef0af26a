"""Read-only resolution of local cloud SDK configuration."""
from .aws import AwsProfile, resolve_aws, list_aws_profiles
from .gcloud import GcloudConfig, resolve_gcloud

__all__ = ["AwsProfile", "resolve_aws", "list_aws_profiles", "GcloudConfig", "resolve_gcloud"]
__version__ = "0.6.1"
