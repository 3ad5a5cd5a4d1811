#!/bin/sh
# 100 add/del cycles: no leaked /dev nodes, state files, shared memory,
# daemons or kernel memory. Memory is read after each half of 50 cycles:
# MemAvailable moves by up to ~40 MB either way over a few dozen cycles in
# this guest with nothing accountable behind it (Slab, Shmem and AnonPages
# stay flat; where it goes is not known), so a leak is a drop in both
# halves, over 16 MB each (> 320 KiB a cycle), or over 48 MB in all;
# the kernel's slab (flat here: < 0.5 MB over 240 cycles) may grow < 4 MB.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a"

avail() { awk '/^MemAvailable/ { print $2 }' /proc/meminfo; }
slab() { awk '/^Slab/ { print $2 }' /proc/meminfo; }
count() { ls "$@" 2>/dev/null | wc -l; }
procs() { ps -o comm | grep -c '^ublk$'; }
# a failure says which cycle and what was left (the tail of the log is what
# a failed run shows)
cfail() {
	echo "cycle ${i:-warm-up}: $*: devices $(ls /dev/ublk* 2>/dev/null | tr '\n' ' ')" >&2
	tail -n 3 "$RUN"/*.log 2>/dev/null >&2
	dmesg | tail -n 4 >&2
	fail "$*"
}
cycle() {	# type options...
	$UBLK add -n 42 "$@" >/dev/null || cfail "add $*"
	[ -b /dev/ublkb42 ] || wait_dev /dev/ublkb42 5 || cfail "no device"
	dd if=/dev/ublkb42 of=/dev/null bs=4k count=16 iflag=direct 2>/dev/null ||
		cfail "read"
	$UBLK del -n 42 || cfail "del"
}
settle() { sync; echo 3 >/proc/sys/vm/drop_caches; sleep 1; avail; }
mix() {	# cycles FROM TO of the mix
	i=$1
	while [ $i -lt $2 ]; do
		case $((i % 3)) in
		0) cycle -t null ;;
		1) cycle -t mem --size 8M -q 2 ;;
		2) cycle -t mem --size 8M -r 1 ;;
		esac
		i=$((i + 1))
	done
}
mix 0 3	# warm-up: first-use allocations of each kind
unset i
m0=$(settle)
s0=$(slab)
shm0=$(count /dev/shm)
mix 0 50
mh=$(settle)
mix 50 100
m1=$(settle)
s1=$(slab)
info "MemAvailable ${m0} -> ${mh} -> ${m1} KiB over 2 x 50 cycles, Slab ${s0} -> ${s1} KiB"
[ "$(count /dev/ublkb*)" = 0 ] || fail "ublkb nodes left: $(ls /dev/ublkb*)"
[ "$(count /dev/ublkc*)" = 0 ] || fail "ublkc nodes left"
[ "$(count $RUN/*.state)" = 0 ] || fail "state files left: $(ls $RUN)"
[ "$(count /dev/shm)" = "$shm0" ] || fail "shared memory left: $(ls /dev/shm)"
[ "$(procs)" = 0 ] || fail "ublk daemons left running"
d1=$((m0 - mh))
d2=$((mh - m1))
if [ $d1 -gt 16384 ] && [ $d2 -gt 16384 ]; then
	fail "MemAvailable dropped in both halves: $d1 and $d2 KiB"
fi
[ $((m0 - m1)) -lt 49152 ] || fail "MemAvailable dropped by $((m0 - m1)) KiB"
[ $((s1 - s0)) -lt 4096 ] || fail "Slab grew by $((s1 - s0)) KiB"
pass
