#!/bin/bash
# make bench: the ring benchmark on the host (ours vs liburing), then the
# device benchmarks in one VM boot per kernel (ours vs the kernel's own
# drivers).
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
# One boot per kernel line (UBLKD_BENCH_KERNELS, default: the newest 7.x
# and 6.12): ratios are only ever taken within one boot.
for k in ${UBLKD_BENCH_KERNELS:-7 6.12}; do
	echo "### devices (in the VM, newest $k kernel): ours vs the kernel's drivers"
	UBLKD_KERNEL=$k UBLKD_VM_TIMEOUT=${UBLKD_VM_TIMEOUT:-4800} \
		bash vm/run.sh --bench || rc=1
	echo
done
# The same machine with an instruction-counting clock (qemu -icount): guest
# time is the instructions all vCPUs executed, so a job's IOPS measure the
# whole system's work per I/O, free of the host's noise (repeat runs agree
# within 0.2%), but not parallelism: work split over two CPUs counts in
# full. One pass is enough.
echo "### devices, instruction-clocked VM (deterministic total work per I/O), newest 7.x"
UBLKD_KERNEL=7 UBLKD_VM_ICOUNT=1 UBLKD_VM_TIMEOUT=${UBLKD_VM_TIMEOUT:-2400} \
UBLKD_VM_ENV="BENCH_PASSES=1 BENCH_RUNTIME=2 ${UBLKD_BENCH_ICOUNT_ENV:-BENCH_PAIRS=null,mem BENCH_JOBS=randread32,randwrite32,randread1,seqread128k,seqwrite128k}" \
	bash vm/run.sh --bench || rc=1
exit $rc
