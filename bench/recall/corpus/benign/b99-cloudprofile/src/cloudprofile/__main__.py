import argparse
import json
import sys

from . import list_aws_profiles, resolve_aws, resolve_gcloud


def main(argv=None):
    p = argparse.ArgumentParser(prog="cloudprofile", description="Show which cloud identity your tools will use")
    p.add_argument("--aws-profile")
    p.add_argument("--json", action="store_true")
    p.add_argument("--list", action="store_true", help="list AWS profile names")
    args = p.parse_args(argv)

    if args.list:
        print("\n".join(list_aws_profiles()))
        return

    try:
        aws = resolve_aws(args.aws_profile).masked()
    except KeyError as e:
        aws = {"error": str(e)}
    g = resolve_gcloud()
    gcp = {
        "configuration": g.configuration,
        "account": g.account,
        "project": g.project,
        "region": g.region,
        "adc": str(g.adc_path) if g.adc_path else None,
    }
    if args.json:
        json.dump({"aws": aws, "gcloud": gcp}, sys.stdout, indent=2)
        print()
        return
    print("AWS")
    for k, v in aws.items():
        print(f"  {k:16} {v if v is not None else '-'}")
    print("Google Cloud")
    for k, v in gcp.items():
        print(f"  {k:16} {v if v is not None else '-'}")


if __name__ == "__main__":
    main()
