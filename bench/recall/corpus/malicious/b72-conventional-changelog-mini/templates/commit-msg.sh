#!/bin/sh
# ccm-managed: conventional commit lint
node "@@CCM@@" lint "$1"
