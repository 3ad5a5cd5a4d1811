#!/bin/sh
# Where queue threads run. loop's queue thread sits on one CPU of its
# queue's set (the kernel's: every CPU for one queue), and so do the io-wq
# workers its backing writes start (ext4 refuses some O_DIRECT writes
# under NOWAIT); null's has the whole set. UBLKD_QUEUE_CPU=set and =one
# turn it around for either. fio --verify=crc32c on the pinned loop.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
require_cmd fio $MKFS_EXT4
ncpu=$(grep -c '^processor' /proc/cpuinfo)
[ "$ncpu" -ge 2 ] || skip "one CPU: nothing to choose between"
all="0-$((ncpu - 1))"
mnt=/tmp/qcpu.$$
loop_fs $mnt
on_exit "$UBLK del -a"
f=$mnt/backing
dd if=/dev/zero of=$f bs=1M count=64 2>/dev/null || fail "dd"

cpus_of() {	# tid -> its Cpus_allowed_list
	sed -n 's/^Cpus_allowed_list:[[:space:]]*//p' /proc/"$1"/status
}
qtid() {	# id -> queue 0's thread
	$UBLK list -n "$1" | sed -n 's/^	queue 0: tid \([0-9]*\).*/\1/p'
}
dpid() {	# id -> the daemon
	$UBLK list -n "$1" | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p'
}
one_cpu() {	# list -> true if it names exactly one CPU of $all
	case $1 in *[-,]*|'') return 1 ;; esac
	[ "$1" -ge 0 ] && [ "$1" -lt "$ncpu" ]
}

loop_add 40 -q 1 -f $f
t=$(qtid 40); c=$(cpus_of "$t")
one_cpu "$c" || fail "loop's queue thread $t runs on '$c', want one CPU"
info "loop q0 thread $t on CPU $c"
fio_verify /dev/ublkb40 4k 32 32M
p=$(dpid 40); n=0
for w in /proc/"$p"/task/*; do
	grep -q '^iou-wrk' "$w"/comm || continue
	wc=$(cpus_of "${w##*/}")
	# a worker of the queue's ring has its thread's CPU
	[ "$(cat "$w"/comm)" = "iou-wrk-$t" ] || continue
	[ "$wc" = "$c" ] || fail "io-wq worker ${w##*/} of $t runs on '$wc', not CPU $c"
	n=$((n + 1))
done
info "$n io-wq worker(s) of the queue's ring, on CPU $c"

$UBLK add -t null -n 41 -q 1 >/dev/null || fail "add null"
wait_dev /dev/ublkb41 5 || fail "no /dev/ublkb41"
c=$(cpus_of "$(qtid 41)")
[ "$c" = "$all" ] || fail "null's queue thread runs on '$c', want the set $all"

UBLKD_QUEUE_CPU=set $UBLK add -t loop -n 42 -q 1 -f $f >/dev/null ||
	fail "add loop with UBLKD_QUEUE_CPU=set"
wait_dev /dev/ublkb42 5 || fail "no /dev/ublkb42"
c=$(cpus_of "$(qtid 42)")
[ "$c" = "$all" ] || fail "UBLKD_QUEUE_CPU=set: loop's thread on '$c', want $all"

UBLKD_QUEUE_CPU=one $UBLK add -t null -n 43 -q 1 >/dev/null ||
	fail "add null with UBLKD_QUEUE_CPU=one"
wait_dev /dev/ublkb43 5 || fail "no /dev/ublkb43"
c=$(cpus_of "$(qtid 43)")
one_cpu "$c" || fail "UBLKD_QUEUE_CPU=one: null's thread on '$c', want one CPU"

# two queues, one CPU each: the kernel's sets are single CPUs already
$UBLK add -t null -n 44 -q 2 >/dev/null || fail "add null -q 2"
wait_dev /dev/ublkb44 5 || fail "no /dev/ublkb44"
for q in 0 1; do
	tq=$($UBLK list -n 44 | sed -n "s/^	queue $q: tid \([0-9]*\).*/\1/p")
	one_cpu "$(cpus_of "$tq")" || fail "null -q 2: queue $q on '$(cpus_of "$tq")'"
done
pass "loop's queue thread and its io-wq workers on one CPU, null's on the set; UBLKD_QUEUE_CPU overrides both"
