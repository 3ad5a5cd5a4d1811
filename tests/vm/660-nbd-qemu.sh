#!/bin/sh
# The nbd target against qemu-nbd (a second real server): a raw and a
# qcow2 image, each over a unix socket under fio crc32c verify; after del
# `qemu-img check` finds the qcow2 intact, and the raw image read back
# outside the device holds what the device last read. qemu-nbd takes
# structured replies and answers the sparse raw file's unwritten ranges
# with OFFSET_HOLE chunks (the daemon's log counts them).
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
require_cmd qemu-nbd qemu-img
on_exit "$UBLK del -a"
s=/tmp/nbd660.sock
on_exit "rm -f ${UBLKD_RUN_DIR:-/run/ublkd}/ublkb67.log /tmp/nbd660.raw /tmp/nbd660.qcow2 /tmp/nbd660.rd /tmp/nbd660.qn.log"

# qemu_nbd_start IMG FMT: a persistent qemu-nbd on $s, stopped at exit
qemu_nbd_start() {
	rm -f $s /tmp/nbd660.pid
	qemu-nbd --fork --persistent --pid-file=/tmp/nbd660.pid -k $s -f "$2" \
		"$1" >/tmp/nbd660.qn.log 2>&1 || {
		cat /tmp/nbd660.qn.log
		fail "qemu-nbd -f $2 $1 did not start"
	}
	on_exit "qemu_nbd_stop"
}
qemu_nbd_stop() {
	[ -f /tmp/nbd660.pid ] || return 0
	_p=$(cat /tmp/nbd660.pid)
	kill "$_p" 2>/dev/null
	_n=50
	while [ "$_n" -gt 0 ] && kill -0 "$_p" 2>/dev/null; do
		sleep 0.1
		_n=$((_n - 1))
	done
	rm -f /tmp/nbd660.pid $s
}

truncate -s 64M /tmp/nbd660.raw || fail "truncate"
rm -f ${UBLKD_RUN_DIR:-/run/ublkd}/ublkb67.log
qemu_nbd_start /tmp/nbd660.raw raw
nbd_add 67 --unix $s
[ "$(cat /sys/block/ublkb67/size)" = 131072 ] ||
	fail "size $(cat /sys/block/ublkb67/size) sectors, not 64M"
nbd_verify /dev/ublkb67 12M
dd if=/dev/ublkb67 of=/tmp/nbd660.rd bs=1M count=12 iflag=direct 2>/dev/null ||
	fail "read back the raw export"
nbd_del 67
qemu_nbd_stop
# qemu-nbd answers reads of the sparse file's unwritten ranges with holes
log=${UBLKD_RUN_DIR:-/run/ublkd}/ublkb67.log
grep "structured replies:" $log
grep -q "structured replies: [1-9][0-9]* data, [1-9][0-9]* hole" $log ||
	fail "no OFFSET_DATA and OFFSET_HOLE chunks from qemu-nbd in $log"
cmp -n 12582912 /tmp/nbd660.rd /tmp/nbd660.raw ||
	fail "the raw image does not hold what the device read"
info "raw ok"

qemu-img create -q -f qcow2 /tmp/nbd660.qcow2 64M || fail "qemu-img create"
qemu_nbd_start /tmp/nbd660.qcow2 qcow2
nbd_add 67 --unix $s
nbd_verify /dev/ublkb67 12M
nbd_del 67
qemu_nbd_stop
qemu-img check -q /tmp/nbd660.qcow2 || fail "qemu-img check: the qcow2 is damaged"
pass
