#!/bin/bash
# ring-bench.sh: the ublkd ring vs liburing on the host (not in the VM).
#
#   bash bench/ring-bench.sh [-n OPS] [-p PASSES] [-c CG_OPS]
#
# Builds bench/ring_bench.c with the ring sources directly (no make), then
#  1. NOP throughput, batch 1/8/32, 64- and 128-byte SQEs, both rings
#     interleaved, PASSES passes, medians (markdown table);
#  2. user-space instructions per NOP: `perf stat -e instructions:u` when
#     the machine exposes the counter (difference of an N and a 2N run, so
#     setup cancels out), else callgrind counting only inside the timed
#     loop (run_ours / run_lib; callgrind sees user space only).
set -euo pipefail

cd "$(dirname "$0")/.."
OPS=2000000
PASSES=5
CG_OPS=40000
while getopts "n:p:c:h" opt; do
	case $opt in
	n) OPS=$OPTARG ;;
	p) PASSES=$OPTARG ;;
	c) CG_OPS=$OPTARG ;;
	*) sed -n '2,12p' "$0"; exit 2 ;;
	esac
done

die() { echo "ring-bench: error: $*" >&2; exit 1; }

[ -f /usr/include/liburing.h ] ||
	die "liburing headers missing (apt-get install liburing-dev)"
mkdir -p build/bench
BIN=build/bench/ring_bench
gcc -std=gnu11 -Wall -Wextra -Werror -D_GNU_SOURCE -O2 -g -Iinclude \
	bench/ring_bench.c src/uring/*.c -o "$BIN" -luring ||
	die "build of $BIN failed"

echo "## NOP throughput: ublkd ring vs liburing $(pkg-config --modversion liburing 2>/dev/null || echo '?')"
echo
echo "kernel $(uname -r), $(nproc) CPUs, $OPS NOPs per cell, median of $PASSES interleaved passes, ring fd registered on both"
echo
"$BIN" -n "$OPS" -p "$PASSES" || die "throughput run failed"
echo

perf_ok=0
if command -v perf >/dev/null 2>&1 &&
   perf stat -x, -e instructions:u true 2>&1 >/dev/null | grep -q '^[0-9]'; then
	perf_ok=1
fi

# instructions per op for one cell: impl batch sqe_size
insn_perf() {
	local a b n2=$((CG_OPS * 2))
	a=$(perf stat -x, -e instructions:u "$BIN" -1 "$1" -b "$2" -s "$3" \
		-n "$CG_OPS" 2>&1 >/dev/null | awk -F, '/instructions/ {print $1}')
	b=$(perf stat -x, -e instructions:u "$BIN" -1 "$1" -b "$2" -s "$3" \
		-n "$n2" 2>&1 >/dev/null | awk -F, '/instructions/ {print $1}')
	awk -v a="$a" -v b="$b" -v n="$CG_OPS" 'BEGIN { printf "%.1f", (b - a) / n }'
}

insn_cg() {
	local fn=run_ours out
	[ "$1" = liburing ] && fn=run_lib
	out=$(mktemp)
	valgrind --tool=callgrind --callgrind-out-file=/dev/null \
		--collect-atstart=no --toggle-collect="$fn" \
		"$BIN" -1 "$1" -b "$2" -s "$3" -n "$CG_OPS" >/dev/null 2>"$out" ||
		{ rm -f "$out"; die "callgrind run failed"; }
	awk -v n="$CG_OPS" '/Collected :/ { printf "%.1f", $NF / n }' "$out"
	rm -f "$out"
}

if [ $perf_ok = 1 ]; then
	how="perf stat -e instructions:u, (2N - N) / N with N = $CG_OPS"
	insn=insn_perf
elif command -v valgrind >/dev/null 2>&1; then
	how="callgrind, timed loop only, $CG_OPS NOPs (perf instructions:u not supported here)"
	insn=insn_cg
else
	echo "no perf counters and no valgrind: skipping instruction counts"
	exit 0
fi

echo "## User-space instructions per NOP ($how)"
echo
echo "| SQE | batch | liburing | ublkd ring | ratio |"
echo "|----:|------:|---------:|-----------:|------:|"
for s in 64 128; do
	for b in 1 8 32; do
		l=$($insn liburing "$b" "$s")
		o=$($insn ours "$b" "$s")
		r=$(awk -v l="$l" -v o="$o" 'BEGIN { printf "%.2f", o / l }')
		echo "| $s | $b | $l | $o | $r |"
	done
done
