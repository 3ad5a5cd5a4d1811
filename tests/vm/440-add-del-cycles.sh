#!/bin/sh
# 100 add/del cycles: no leaked /dev nodes, state files, shared memory,
# daemons or kernel memory.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a"

avail() { awk '/^MemAvailable/ { print $2 }' /proc/meminfo; }
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
cycle -t mem --size 8M	# warm-up: first-use allocations
sync; echo 3 >/proc/sys/vm/drop_caches
m0=$(avail)
shm0=$(count /dev/shm)
i=0
while [ $i -lt 100 ]; do
	case $((i % 3)) in
	0) cycle -t null ;;
	1) cycle -t mem --size 8M -q 2 ;;
	2) cycle -t mem --size 8M -r 1 ;;
	esac
	i=$((i + 1))
done
sync; echo 3 >/proc/sys/vm/drop_caches
m1=$(avail)
info "MemAvailable ${m0} -> ${m1} KiB over 100 cycles"
[ "$(count /dev/ublkb*)" = 0 ] || fail "ublkb nodes left: $(ls /dev/ublkb*)"
[ "$(count /dev/ublkc*)" = 0 ] || fail "ublkc nodes left"
[ "$(count $RUN/*.state)" = 0 ] || fail "state files left: $(ls $RUN)"
[ "$(count /dev/shm)" = "$shm0" ] || fail "shared memory left: $(ls /dev/shm)"
[ "$(procs)" = 0 ] || fail "ublk daemons left running"
[ $((m0 - m1)) -lt 32768 ] || fail "MemAvailable dropped by $((m0 - m1)) KiB"
pass
