#!/bin/bash
# The soak (`make soak`; not part of make check): boots the 7.x VM (or the
# kernel line UBLKD_KERNEL) and runs tests/soak/soak.sh for SOAK_S seconds
# (default 3600): mixed fio verify, add/del churn, kill -9 + recover cycles
# on mem and loop. It prints a summary line per cycle ("# soak: t=...")
# and exits non-zero on any verify error, hang, failed step, leak or splat.
#   SOAK_S=300 bash vm/soak.sh [vm/run.sh options, e.g. --no-build]
# Takes no lock itself: wrap it in `flock /work/vm.lock` for a short run
# on a shared machine if one VM at a time is the rule.
set -uo pipefail
cd "$(dirname "$0")/.."
S=${SOAK_S:-3600}
case $S in '' | *[!0-9]*) echo "vm/soak.sh: error: SOAK_S must be seconds, not '$S'" >&2; exit 2 ;; esac
export UBLKD_KERNEL=${UBLKD_KERNEL:-7}
export UBLKD_VM_TEST_TIMEOUT=$((S + 900))
export UBLKD_VM_TIMEOUT=$((S + 1200))
export UBLKD_VM_ENV="${UBLKD_VM_ENV:+$UBLKD_VM_ENV }SOAK_S=$S"
# no tests/vm test is named like this: only the soak (an extra) runs
exec bash vm/run.sh --tests --vm --filter '@@soak-only@@' --extra tests/soak/soak.sh "$@"
