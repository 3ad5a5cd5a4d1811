#!/bin/sh
# Orphans and held devices. A daemon killed without recovery: the I/O in
# flight and new I/O fail within 5 s; with -r 1 the device waits
# (QUIESCED). list marks both as having no daemon; del -a removes them.
# A device whose block device another process holds open: del returns
# within seconds (deleted, or refused with a clear message); once the
# holder is gone, del succeeds.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
RUN=${UBLKD_RUN_DIR:-/run/ublkd}
on_exit "$UBLK del -a -f"
on_exit 'kill $holder $reader'

daemon_pid() {
	$UBLK list -n "$1" | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p'
}

$UBLK add -t mem -n 120 --size 64M >/dev/null || fail "add 120"
$UBLK add -t mem -n 121 --size 16M -r 1 >/dev/null || fail "add 121 -r 1"
wait_dev /dev/ublkb120 5 && wait_dev /dev/ublkb121 5 || fail "no devices"
# a reader with I/O queued when its daemon dies
dd if=/dev/ublkb120 of=/dev/null bs=4k iflag=direct count=100000000 \
	2>/dev/null &
reader=$!
sleep 0.5
kill -0 $reader 2>/dev/null || fail "the reader ended early"
kill -9 "$(daemon_pid 120)" "$(daemon_pid 121)"
t0=$(now_ms)
while kill -0 $reader 2>/dev/null && [ $(($(now_ms) - t0)) -lt 5000 ]; do
	sleep 0.1
done
kill -0 $reader 2>/dev/null && fail "queued I/O still waiting 5 s after the daemon died"
wait $reader && fail "the reader of a dead device succeeded"
info "queued I/O failed $(($(now_ms) - t0)) ms after SIGKILL"
t0=$(now_ms)
timeout 10 dd if=/dev/ublkb120 of=/dev/null bs=4k count=1 iflag=direct \
	2>/dev/null && fail "new I/O to a dead device succeeded"
[ $(($(now_ms) - t0)) -lt 5000 ] || fail "new I/O took $(($(now_ms) - t0)) ms to fail"

# orphans: list says so (text and JSON) for both
n=0
while [ $n -lt 50 ]; do
	$UBLK list -n 121 | grep -q "state QUIESCED" && break
	sleep 0.1; n=$((n + 1))
done
$UBLK list >/tmp/l820 2>&1
cat /tmp/l820
grep -A1 "^dev id 120:" /tmp/l820 | grep -q "state DEAD (daemon not running)" ||
	fail "device 120 not marked DEAD without a daemon"
grep -A1 "^dev id 121:" /tmp/l820 | grep -q "state QUIESCED (daemon not running)" ||
	fail "device 121 not marked QUIESCED without a daemon"
[ "$($UBLK list --json | grep -o "\"orphan\":true" | wc -l)" = 2 ] ||
	fail "list --json does not say both daemons are gone"
t0=$(now_ms)
timeout 30 $UBLK del -a || fail "del -a of the orphans"
info "del -a of two orphans took $(($(now_ms) - t0)) ms"
[ -z "$(ls /dev/ublkc* 2>/dev/null)" ] || fail "orphans left: $(ls /dev/ublkc*)"
ls $RUN/ublkb120.state $RUN/ublkb121.state 2>/dev/null && fail "state files left"

# held open by another process (not exclusively)
for opt in "" --force; do
	$UBLK add -t null -n 122 >/dev/null || fail "add 122"
	wait_dev /dev/ublkb122 5 || fail "no ublkb122"
	sleep 1000 </dev/ublkb122 &
	holder=$!
	sleep 0.2
	t0=$(now_ms)
	timeout 20 $UBLK del -n 122 $opt >/tmp/d820 2>&1
	rc=$?
	dt=$(($(now_ms) - t0))
	cat /tmp/d820
	info "del $opt of a held device: exit $rc in $dt ms"
	[ $dt -lt 12000 ] || fail "del $opt of a held device took $dt ms"
	case $rc in
	0) ;;
	1) grep -qE "is open|in use|still in use" /tmp/d820 ||
		fail "del $opt refused without a clear message" ;;
	*) fail "del $opt of a held device: exit $rc" ;;
	esac
	kill $holder; wait $holder 2>/dev/null
	holder=
	if [ -e /dev/ublkc122 ]; then
		n=0
		while [ -e /dev/ublkc122 ] && [ $n -lt 20 ]; do
			timeout 20 $UBLK del -n 122 >/dev/null 2>&1 && break
			sleep 0.25; n=$((n + 1))
		done
	fi
	wait_gone /dev/ublkc122 5 || fail "device 122 still there once the holder left"
	wait_gone /dev/ublkb122 5 || fail "ublkb122 still there once the holder left"
done
pass
