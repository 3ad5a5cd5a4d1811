#!/bin/sh
# The NBD server killed (SIGKILL) and restarted under a running fio
# verify: the daemon reconnects, re-sends what was in flight, and fio sees
# no error; the daemon's log says it reconnected. Then with
# --reconnect_s 1 and the server gone for good, I/O fails with EIO
# within the bound, the device stays LIVE, and serves again once the
# server is back.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
on_exit "$UBLK del -a"
f=/tmp/nbd620.img
s=/tmp/nbd620.sock
on_exit "rm -f $f"
truncate -s 64M $f || fail "truncate"
nbdkit_start r1 -U $s file $f
nbd_add 64 --unix $s --reconnect_s 20
log=${UBLKD_RUN_DIR:-/run/ublkd}/ublkb64.log
# --loops: each loop writes the 48M and verifies it, so fio outlasts
# both rounds however fast this boot is (one loop took ~4 s on one run:
# round 2 came after it)
(nbd_verify /dev/ublkb64 48M --loops=3 >/tmp/fio620.out 2>&1
	echo $? >/tmp/fio620.rc) &
fiopid=$!
for round in 1 2; do
	sleep 1.5
	kill -0 $fiopid 2>/dev/null ||
		fail "fio finished before the server was killed (round $round)"
	nbdkit_stop r1 KILL
	rm -f $s
	sleep 0.5
	nbdkit_start r1 -U $s file $f
	info "server killed and restarted ($round)"
done
wait $fiopid
cat /tmp/fio620.out
[ "$(cat /tmp/fio620.rc)" = 0 ] || fail "fio verify failed across the restarts"
grep -q "reconnected" "$log" || fail "no reconnect in $log"
nbd_del 64
info "reconnect under fio ok"

s2=/tmp/nbd621.sock
nbdkit_start r2 -U $s2 memory 16M
nbd_add 65 --unix $s2 --reconnect_s 1
dd if=/dev/ublkb65 of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null ||
	fail "read with the server up"
nbdkit_stop r2 KILL
rm -f $s2
t0=$(now_ms)
dd if=/dev/ublkb65 of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null &&
	fail "a read succeeded with the server gone"
t=$(( $(now_ms) - t0 ))
info "EIO after $t ms"
[ "$t" -lt 5000 ] || fail "EIO only after $t ms with --reconnect_s 1"
$UBLK list -n 65 | grep -q LIVE || fail "device not LIVE after the bound"
nbdkit_start r2 -U $s2 memory 16M
n=0
until dd if=/dev/ublkb65 of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null; do
	n=$((n + 1))
	[ $n -lt 10 ] || fail "no I/O after the server came back"
	sleep 0.5
done
nbd_del 65
pass
