#!/bin/sh
# The nbd target with zero copy (-z): a write's data goes to the socket
# from the request's own pages (WRITE_FIXED from the fixed buffer to a
# server on this host or over a unix socket, SEND_ZC to another host or
# with UBLKD_NBD_SEND_ZC=1), a read's comes from the socket straight into
# them (READ_FIXED), an OFFSET_HOLE is zeroed there (READ_FIXED from
# /dev/zero). Where the kernel has no zero copy, -z is refused naming the
# flag and leaves no device. Where it has: `list` shows the path; fio
# crc32c verify against nbdkit memory over a unix socket and over TCP
# with two queues, by each write path (`list` names it);
# qemu-nbd (structured replies) on a sparse raw image: the device, read
# whole with one dd buffer (a hole after data must overwrite it), is the
# image byte for byte and the log counts hole chunks; the server killed
# and restarted under fio verify: resent, no error.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
on_exit "$UBLK del -a"
s=/tmp/nbd605.sock
path_of() { $UBLK list -n "$1" | sed -n 's/^[[:space:]]*data path //p'; }

if ! has_feature SUPPORT_ZERO_COPY && ! has_feature AUTO_BUF_REG; then
	nbdkit_start z0 -U $s memory 16M
	if $UBLK add -t nbd -n 65 --unix $s -z >/tmp/nbd605.err 2>&1; then
		fail "-z accepted by a kernel without zero copy"
	fi
	grep -q 'ZERO_COPY\|AUTO_BUF_REG' /tmp/nbd605.err ||
		fail "the refusal names no flag: $(cat /tmp/nbd605.err)"
	[ -e /dev/ublkb65 ] && fail "a refused add left /dev/ublkb65"
	skip "no zero copy in this kernel (refusal checked)"
fi

nbdkit_start z1 -U $s memory 64M
nbd_add 65 --unix $s -z
p=$(path_of 65)
case "$p" in
*zero*|*zc*) ;;
*) $UBLK list -n 65; fail "data path '$p', not zero copy" ;;
esac
info "data path: $p"
$UBLK list -n 65 | grep -q '"write_op":"WRITE_FIXED"' ||
	fail "a unix socket's writes not by WRITE_FIXED"
nbd_verify /dev/ublkb65 16M
nbd_verify /dev/ublkb65 16M --bs=4k --iodepth=32
nbd_verify /dev/ublkb65 16M --bs=128k --iodepth=1 --rw=write
nbd_del 65
nbdkit_stop z1
info "unix socket ok"

# TCP to this host: a write's data by WRITE_FIXED (SEND_ZC would be
# copied on delivery anyway); UBLKD_NBD_SEND_ZC=1 forces SEND_ZC
nbdkit_start z2 -i 127.0.0.1 -p 10809 memory 64M
for zc in "" 1; do
	export UBLKD_NBD_SEND_ZC=$zc
	nbd_add 66 --uri nbd://127.0.0.1:10809/ -q 2 -z
	unset UBLKD_NBD_SEND_ZC
	want=WRITE_FIXED
	[ "$zc" = 1 ] && want=SEND_ZC
	$UBLK list -n 66 | grep -q "\"write_op\":\"$want\"" || {
		$UBLK list -n 66
		fail "UBLKD_NBD_SEND_ZC='$zc': writes not by $want"
	}
	nbd_verify /dev/ublkb66 8M --numjobs=2 --offset_increment=16M
	nbd_verify /dev/ublkb66 8M --bs=128k --rw=write --numjobs=2 \
		--offset_increment=16M
	nbd_del 66
	info "tcp, two queues, writes by $want ok"
done
nbdkit_stop z2

if command -v qemu-nbd >/dev/null 2>&1; then
	img=/tmp/nbd605.raw
	log=${UBLKD_RUN_DIR:-/run/ublkd}/ublkb67.log
	on_exit "rm -f $img /tmp/nbd605.rd /tmp/nbd605.pid"
	rm -f $log $s
	truncate -s 32M $img || fail "truncate"
	# data at 0-6M, the rest a hole
	dd if=/dev/urandom of=$img bs=1M count=6 conv=notrunc 2>/dev/null ||
		fail "fill the image"
	qemu-nbd --fork --persistent --pid-file=/tmp/nbd605.pid -k $s -f raw \
		$img >/tmp/nbd605.qn.log 2>&1 || {
		cat /tmp/nbd605.qn.log
		fail "qemu-nbd did not start"
	}
	on_exit "kill \$(cat /tmp/nbd605.pid 2>/dev/null) 2>/dev/null"
	nbd_add 67 --unix $s -z
	dd if=/dev/ublkb67 of=/tmp/nbd605.rd bs=2M iflag=direct 2>/dev/null ||
		fail "read the device whole"
	cmp /tmp/nbd605.rd $img || fail "the device does not read as the image"
	nbd_del 67
	kill "$(cat /tmp/nbd605.pid)"
	grep "structured replies:" $log
	grep -q "structured replies: [1-9][0-9]* data, [1-9][0-9]* hole" $log ||
		fail "no OFFSET_DATA and OFFSET_HOLE chunks from qemu-nbd in $log"
	info "qemu-nbd holes ok"
else
	info "no qemu-nbd: hole chunks not checked"
fi

f=/tmp/nbd605.img
on_exit "rm -f $f"
truncate -s 64M $f || fail "truncate"
rm -f $s
nbdkit_start z3 -U $s file $f
nbd_add 68 --unix $s -z --reconnect_s 20
(nbd_verify /dev/ublkb68 32M --loops=3 >/tmp/fio605.out 2>&1
	echo $? >/tmp/fio605.rc) &
fiopid=$!
sleep 1.5
kill -0 $fiopid 2>/dev/null || fail "fio finished before the server was killed"
nbdkit_stop z3 KILL
rm -f $s
sleep 0.5
nbdkit_start z3 -U $s file $f
wait $fiopid
cat /tmp/fio605.out
[ "$(cat /tmp/fio605.rc)" = 0 ] || fail "fio verify failed across the restart"
grep -q "reconnected" ${UBLKD_RUN_DIR:-/run/ublkd}/ublkb68.log ||
	fail "no reconnect in the log"
nbd_del 68
pass
