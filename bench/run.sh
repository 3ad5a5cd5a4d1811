#!/bin/bash
# make bench: the ring benchmark on the host (ours vs liburing), then the
# device benchmarks in one VM boot (ours vs the kernel's own drivers).
set -uo pipefail
cd "$(dirname "$0")/.."
rc=0
echo "### ring: NOP throughput and instructions per op, ours vs liburing"
if [ -f bench/ring-bench.sh ]; then
	bash bench/ring-bench.sh || rc=1
else
	echo "(bench/ring-bench.sh missing)"
	rc=1
fi
echo
echo "### devices (in the VM): ours vs the kernel's drivers"
UBLKD_VM_TIMEOUT=${UBLKD_VM_TIMEOUT:-2400} bash vm/run.sh --bench || rc=1
exit $rc
