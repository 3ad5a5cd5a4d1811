#!/bin/sh
# Unprivileged devices (--unprivileged, UBLK_F_UNPRIVILEGED_DEV), run by
# an ordinary user (uid 1000 via setpriv) with /dev/ublk-control given to
# its group and udev played by a loop running `ublk chown` on each new
# node (as ublkd's udev rule does). A user without --unprivileged is
# refused with the hint (the kernel's EPERM), as are -z and -r 1; a mem
# device (2 queues) and a loop device on the user's file: the daemon runs
# as the user, the kernel records the user as owner, the nodes are the
# user's, the state file is in the user's run dir, fio --verify as the
# user; the user's `list` and `del`; root's `list` shows and `del`
# deletes a user's device; the user cannot delete root's device.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
SETPRIV=/usr/bin/setpriv
require_cmd fio $SETPRIV
U=1000
URUN=/tmp/ublkd-$U
case $(cat /proc/sys/kernel/io_uring_disabled 2>/dev/null || echo 0) in
0) ;;
*) skip "io_uring is disabled for users here (kernel.io_uring_disabled)" ;;
esac
has_feature UNPRIVILEGED_DEV ||
	skip "this kernel's ublk driver has no UBLK_F_UNPRIVILEGED_DEV"
G=2000	# the group /dev/ublk-control is given to ("ublk")
as_user() {
	$SETPRIV --reuid=$U --regid=$U --groups=$G \
		env -u UBLKD_RUN_DIR HOME=/tmp "$@"
}
# another user, B (uid 1001, in the control device's group too)
as_b() {
	$SETPRIV --reuid=1001 --regid=1001 --groups=$G \
		env -u UBLKD_RUN_DIR HOME=/tmp "$@"
}

# the udev rule's work: /dev/ublk-control to the group, nodes to owners
mode=$(stat -c %a /dev/ublk-control) grp=$(stat -c %g /dev/ublk-control)
chgrp $G /dev/ublk-control && chmod 0660 /dev/ublk-control ||
	fail "chgrp /dev/ublk-control"
on_exit "chgrp $grp /dev/ublk-control; chmod $mode /dev/ublk-control"
(
	while :; do
		for n in /dev/ublkc[0-9]* /dev/ublkb[0-9]*; do
			[ -e "$n" ] || continue
			[ "$(stat -c %u "$n")" = $U ] && continue
			$UBLK chown "${n#/dev/}" 2>/dev/null
		done
		sleep 0.05
	done
) &
udev=$!
on_exit "kill $udev"
on_exit "$UBLK del -a"

# refused: a user's device without --unprivileged, -z, -r 1
as_user $UBLK add -t null -n 60 >/tmp/u.err 2>&1 && fail "a user's add without --unprivileged worked"
grep -q 'needs --unprivileged' /tmp/u.err || fail "no hint: $(cat /tmp/u.err)"
as_user $UBLK add -t null -n 60 --unprivileged -z >/tmp/u.err 2>&1 && fail "-z accepted"
grep -q 'neither zero copy' /tmp/u.err || fail "-z: $(cat /tmp/u.err)"
as_user $UBLK add -t null -n 60 --unprivileged -r 1 >/tmp/u.err 2>&1 && fail "-r 1 accepted"
grep -q 'recovery' /tmp/u.err || fail "-r 1: $(cat /tmp/u.err)"
[ -e /dev/ublkc60 ] && fail "a refused add left /dev/ublkc60"

# mem, 2 queues, as the user
as_user $UBLK add -t mem --size 32M -q 2 -n 61 --unprivileged >/tmp/u.out 2>&1 ||
	fail "user add mem: $(cat /tmp/u.out)"
wait_dev /dev/ublkb61 5 || fail "no /dev/ublkb61"
as_user $UBLK list -n 61 >/tmp/u.list 2>&1 || fail "user list: $(cat /tmp/u.list)"
grep -q 'UNPRIVILEGED_DEV' /tmp/u.list || fail "no UNPRIVILEGED_DEV: $(cat /tmp/u.list)"
grep -q "owner: $U:$U" /tmp/u.list || fail "owner not $U: $(cat /tmp/u.list)"
pid=$(sed -n 's/.*daemon pid \([0-9]*\).*/\1/p' /tmp/u.list)
grep -q "^Uid:[[:space:]]*$U" /proc/$pid/status || fail "the daemon does not run as $U"
[ "$(stat -c %u /dev/ublkb61)" = $U ] || fail "/dev/ublkb61 is not the user's"
[ -f $URUN/ublkb61.state ] || fail "no state file in $URUN"
[ "$(stat -c %u $URUN/ublkb61.state)" = $U ] || fail "the state file is not the user's"
as_user fio --name=v --filename=/dev/ublkb61 --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=32 --size=16M --verify=crc32c \
	--do_verify=1 --verify_fatal=1 --randrepeat=0 --output=/dev/null ||
	fail "fio verify as the user on mem"
$UBLK list -n 61 | grep -q UNPRIVILEGED_DEV || fail "root's list does not show it"
# B can neither delete, recover nor read A's device; A's I/O goes on
as_user fio --name=bg --filename=/dev/ublkb61 --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=4k --iodepth=8 --size=8M --offset=16M \
	--verify=crc32c --do_verify=1 --verify_fatal=1 --randrepeat=0 \
	--output=/dev/null &
fiopid=$!
as_b $UBLK del -n 61 >/tmp/u.err 2>&1 && fail "B deleted A's device"
[ -s /tmp/u.err ] || fail "B's del: no message"
as_b $UBLK recover -n 61 >/tmp/u.err 2>&1 && fail "B recovered A's device"
as_b dd if=/dev/ublkb61 of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null &&
	fail "B read A's device"
wait $fiopid || fail "A's fio verify failed while B tried"
$UBLK list -n 61 | grep -q 'state LIVE' || fail "A's device not LIVE after B"
# the driver's limit of unprivileged devices
max=$(cat /sys/module/ublk_drv/parameters/ublks_max)
echo 1 >/sys/module/ublk_drv/parameters/ublks_max || fail "set ublks_max"
as_user $UBLK add -t null -n 64 --unprivileged >/tmp/u.err 2>&1 &&
	fail "an add past ublks_max worked"
echo "$max" >/sys/module/ublk_drv/parameters/ublks_max
grep -q 'ublks_max' /tmp/u.err || fail "past ublks_max: $(cat /tmp/u.err)"
[ -e /dev/ublkc64 ] && fail "a refused add left /dev/ublkc64"
as_user $UBLK del -n 61 || fail "user del"
wait_gone /dev/ublkb61 5 || fail "ublkb61 stays after the user's del"
[ -e $URUN/ublkb61.state ] && fail "state file left"

# loop on the user's file; root deletes it
as_user truncate -s 64M /tmp/u.img || fail "user truncate"
on_exit "rm -f /tmp/u.img"
as_user $UBLK add -t loop -f /tmp/u.img -n 62 --unprivileged >/tmp/u.out 2>&1 ||
	fail "user add loop: $(cat /tmp/u.out)"
wait_dev /dev/ublkb62 5 || fail "no /dev/ublkb62"
as_user fio --name=v --filename=/dev/ublkb62 --direct=1 --ioengine=io_uring \
	--rw=randwrite --bs=64k --iodepth=8 --size=32M --verify=crc32c \
	--do_verify=1 --verify_fatal=1 --randrepeat=0 --output=/dev/null ||
	fail "fio verify as the user on loop"
$UBLK del -n 62 || fail "root del of the user's device"
wait_gone /dev/ublkb62 5 || fail "ublkb62 stays after root's del"

# root's device is not the user's to delete
$UBLK add -t null -n 63 >/dev/null || fail "root add"
wait_dev /dev/ublkb63 5 || fail "no /dev/ublkb63"
as_user $UBLK del -n 63 >/tmp/u.err 2>&1 && fail "the user deleted root's device"
[ -b /dev/ublkb63 ] || fail "root's device went"
[ "$(stat -c %u /dev/ublkc63)" = 0 ] || fail "root's node was given away"
$UBLK del -n 63 || fail "root del"
pass
