#!/bin/sh
# State files are input: a run dir full of hostile ones (empty, binary,
# huge, a symlink, a FIFO, a directory, a world-writable file, and the
# corrupt state of a live device). list shows every device and says which
# file it refused (exit 1), never hangs or crashes; del still deletes the
# device whose state is corrupt; recover refuses it; the good device next
# to them is unharmed; a stale state file does not block a new device.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
RUN=/tmp/r800.$$
export UBLKD_RUN_DIR=$RUN
on_exit "rm -rf $RUN"
on_exit "$UBLK del -a -f"

$UBLK add -t mem -n 110 --size 16M >/dev/null || fail "add 110"
$UBLK add -t null -n 111 >/dev/null || fail "add 111"
wait_dev /dev/ublkb110 5 || fail "no ublkb110"
dd if=/dev/urandom of=/tmp/p800 bs=64k count=8 2>/dev/null
dd if=/tmp/p800 of=/dev/ublkb110 bs=64k oflag=direct 2>/dev/null || fail "write"
cp $RUN/ublkb110.state /tmp/s110

: >$RUN/ublkb112.state
head -c 4096 /dev/urandom >$RUN/ublkb113.state
ln -s /etc/passwd $RUN/ublkb114.state
sed 's/^dev_id=110$/dev_id=115/' /tmp/s110 >$RUN/ublkb115.state
chmod 0666 $RUN/ublkb115.state
{ echo "ublkd-state 1"; head -c 400000 /dev/zero | tr '\0' 'x'; echo; } \
	>$RUN/ublkb116.state
mkfifo $RUN/ublkb117.state
mkdir $RUN/ublkb118.state
head -c 1000 /dev/urandom >$RUN/ublkb111.state	# the live device's

timeout 20 $UBLK recover -n 111 >/dev/null 2>/tmp/r800.err && fail "recover with a corrupt state"
grep -q "ublkb111.state refused" /tmp/r800.err || fail "recover did not say why"
timeout 20 $UBLK recover -n 115 >/dev/null 2>/tmp/r800.err && fail "recover from a world-writable file"
grep -q "writable by others" /tmp/r800.err || fail "recover of 115: $(cat /tmp/r800.err)"
timeout 20 $UBLK recover -n 114 >/dev/null 2>/tmp/r800.err && fail "recover via a symlink"
grep -q "symbolic link" /tmp/r800.err || fail "recover of 114: $(cat /tmp/r800.err)"

# list: every device shown; the files of devices that do not exist are
# stale and dropped (the directory cannot be)
timeout 20 $UBLK list >/tmp/l800.out 2>/tmp/l800.err
rc=$?
cat /tmp/l800.err
[ $rc = 1 ] || fail "list with a refused state file: exit $rc, want 1"
grep -q "^dev id 110:" /tmp/l800.out && grep -q "^dev id 111:" /tmp/l800.out ||
	fail "list did not show both devices: $(cat /tmp/l800.out)"
grep -q "ublkb111.state refused" /tmp/l800.err ||
	fail "list did not say it refused device 111's state file"
grep -A8 "^dev id 110:" /tmp/l800.out | grep -q '"name":"mem"' ||
	fail "device 110's state is no longer shown"
timeout 20 $UBLK list --json >/tmp/l800.json 2>/dev/null
grep -q '"dev_id":110' /tmp/l800.json && grep -q '"dev_id":111' /tmp/l800.json ||
	fail "list --json lost a device"
cmp /tmp/s110 $RUN/ublkb110.state || fail "device 110's state file changed"
[ -d $RUN/ublkb118.state ] || fail "list removed a directory"
[ -e /etc/passwd ] || fail "/etc/passwd is gone"


t0=$(now_ms)
timeout 20 $UBLK del -n 111 2>/tmp/d800.err || fail "del of the device with a corrupt state: $(cat /tmp/d800.err)"
info "del with a corrupt state file took $(($(now_ms) - t0)) ms"
wait_gone /dev/ublkc111 5 || fail "device 111 still there"
$UBLK list -n 110 | grep -q "state LIVE" || fail "device 110 not live"
cmp -n 524288 /tmp/p800 /dev/ublkb110 || fail "device 110's data changed"

# a stale state file (dead pid) does not block a new device with its id
sed 's/^dev_id=110$/dev_id=119/; s/^pid=.*/pid=999999/' /tmp/s110 >$RUN/ublkb119.state
$UBLK add -t null -n 119 >/dev/null || fail "add over a stale state file"
$UBLK list -n 119 | grep -q "daemon pid 999999" && fail "list shows the stale pid"
grep -q "^tgt_type=null" $RUN/ublkb119.state || fail "the new daemon's state was not written"

timeout 30 $UBLK del -a || fail "del -a"
[ -z "$(ls /dev/ublkc* 2>/dev/null)" ] || fail "devices left: $(ls /dev/ublkc*)"
pass
