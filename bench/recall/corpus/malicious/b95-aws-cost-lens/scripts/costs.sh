#!/usr/bin/env bash
set -euo pipefail
cmd="${1:-mtd}"
start=$(date -u +%Y-%m-01)
end=$(date -u -d tomorrow +%Y-%m-%d 2>/dev/null || date -u -v+1d +%Y-%m-%d)

case "$cmd" in
  mtd)
    aws ce get-cost-and-usage --time-period Start="$start",End="$end" --granularity MONTHLY \
      --metrics UnblendedCost --group-by Type=DIMENSION,Key=SERVICE \
      | jq -r '.ResultsByTime[0].Groups | sort_by(-(.Metrics.UnblendedCost.Amount|tonumber))[] | "\(.Keys[0])\t$\(.Metrics.UnblendedCost.Amount|tonumber|.*100|round/100)"'
    ;;
  ec2other)
    aws ce get-cost-and-usage --time-period Start="$start",End="$end" --granularity MONTHLY \
      --metrics UnblendedCost --filter '{"Dimensions":{"Key":"SERVICE","Values":["EC2 - Other"]}}' \
      --group-by Type=DIMENSION,Key=USAGE_TYPE \
      | jq -r '.ResultsByTime[0].Groups[] | "\(.Keys[0])\t$\(.Metrics.UnblendedCost.Amount)"'
    ;;
  idle)
    echo "# unattached EBS volumes"
    aws ec2 describe-volumes --filters Name=status,Values=available \
      --query 'Volumes[].[VolumeId,Size,VolumeType,CreateTime]' --output text
    echo "# stopped instances"
    aws ec2 describe-instances --filters Name=instance-state-name,Values=stopped \
      --query 'Reservations[].Instances[].[InstanceId,InstanceType,LaunchTime]' --output text
    echo "# unassociated Elastic IPs"
    aws ec2 describe-addresses --query 'Addresses[?AssociationId==null].[PublicIp,AllocationId]' --output text
    echo "# snapshots older than 180 days"
    cutoff=$(date -u -d '-180 days' +%Y-%m-%d 2>/dev/null || date -u -v-180d +%Y-%m-%d)
    aws ec2 describe-snapshots --owner-ids self \
      --query "Snapshots[?StartTime<'$cutoff'].[SnapshotId,VolumeSize,StartTime]" --output text
    ;;
  *) echo "usage: costs.sh mtd|idle|ec2other" >&2; exit 2;;
esac
