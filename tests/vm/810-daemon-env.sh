#!/bin/sh
# The daemon's own environment: every thread PR_SET_IO_FLUSHER, its own
# mount namespace (private: a mount made later under a shared mount does
# not reach it; the ublk disks mounted when it started are detached from
# it, so their umount outside really frees them) while its device works;
# a low RLIMIT_NOFILE is a clear error before anything is made (a low
# soft limit is raised); the driver's ublks_max reached is a clear error.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
require_cmd $MKFS_EXT4
d=/tmp/e810.$$
on_exit "rm -rf $d"
on_exit "$UBLK del -a -f"
on_exit "umount -l $d/m"
on_exit "umount -l $d/s"
mkdir -p $d/m $d/s

daemon_pid() {
	$UBLK list -n "$1" | sed -n 's/.*daemon pid \([0-9]*\).*/\1/p'
}

# a shared mount before the daemon starts: without private propagation a
# mount below it later would show up in the daemon's namespace
mount -t tmpfs tmpfs $d/s || fail "mount tmpfs"
mount --make-shared $d/s 2>/dev/null || /usr/bin/mount --make-shared $d/s ||
	fail "cannot make $d/s shared"
$UBLK add -t mem -n 100 --size 32M -q 2 >/dev/null || fail "add 100"
wait_dev /dev/ublkb100 5 || fail "no /dev/ublkb100"
pid=$(daemon_pid 100)
[ -n "$pid" ] || fail "no daemon pid"

# PF_MEMALLOC_NOIO (0x80000) and PF_LOCAL_THROTTLE (0x100000): field 9 of stat
n=0
for t in /proc/$pid/task/*; do
	fl=$(sed 's/.*) //' $t/stat | awk '{ print $7 }')
	[ $((fl & 0x180000)) = $((0x180000)) ] ||
		fail "thread ${t##*/} of the daemon is not an IO flusher (flags $fl)"
	n=$((n + 1))
done
[ $n -ge 3 ] || fail "expected the main thread and 2 queue threads, saw $n"
info "$n daemon threads, all PR_SET_IO_FLUSHER"

[ "$(readlink /proc/$pid/ns/mnt)" != "$(readlink /proc/self/ns/mnt)" ] ||
	fail "the daemon shares our mount namespace"
mkdir -p $d/s/sub
mount -t tmpfs tmpfs $d/s/sub || fail "mount below the shared mount"
grep -q " $d/s/sub " /proc/$pid/mountinfo &&
	fail "a later mount propagated into the daemon's namespace"
umount $d/s/sub
dd if=/dev/urandom of=$d/pat bs=64k count=16 2>/dev/null
dd if=$d/pat of=/dev/ublkb100 bs=64k oflag=direct 2>/dev/null || fail "write"
cmp -n 1048576 $d/pat /dev/ublkb100 || fail "read back differs"

# a ublk disk mounted when another daemon starts is not held by that one
$MKFS_EXT4 -q -F /dev/ublkb100 || fail "mkfs"
mount /dev/ublkb100 $d/m || fail "mount ublkb100"
$UBLK add -t null -n 101 >/dev/null || fail "add 101"
p101=$(daemon_pid 101)
grep -q ublkb100 /proc/$p101/mountinfo &&
	fail "daemon 101 holds the filesystem of ublkb100"
umount $d/m || fail "umount"
timeout 20 $UBLK del -n 100 || fail "del 100 after umount (held elsewhere?)"
timeout 20 $UBLK del -n 101 || fail "del 101"

# RLIMIT_NOFILE: too low (soft and hard) is refused before ADD_DEV
(ulimit -n 20; exec $UBLK add -t null -n 102 -q 4) >$d/out 2>$d/err
rc=$?
cat $d/err
[ $rc = 1 ] || fail "add under ulimit -n 20: exit $rc, want 1"
grep -q "open-file limit is too low" $d/err || fail "no clear RLIMIT_NOFILE error"
[ -e /dev/ublkc102 ] && fail "a refused add left /dev/ublkc102"
$UBLK list -n 102 >/dev/null 2>&1 && fail "a refused add left device 102"
# a low soft limit under a high hard one is raised
(ulimit -S -n 20; exec $UBLK add -t null -n 102 -q 4) >/dev/null 2>$d/err ||
	fail "add with a low soft limit: $(cat $d/err)"
$UBLK del -n 102 || fail "del 102"

# the driver's device limit (a module parameter): reload with ublks_max=2
[ -e /sys/module/ublk_drv/parameters/ublks_max ] ||
	pass "(no ublks_max parameter: limit not tested)"
[ -z "$(ls /dev/ublkc* 2>/dev/null)" ] || fail "devices left before the reload"
rmmod ublk_drv 2>/dev/null || pass "(ublk_drv is built in: ublks_max not tested)"
on_exit "modprobe ublk_drv"
modprobe ublk_drv ublks_max=2 || fail "modprobe ublks_max=2"
wait_dev /dev/ublk-control 5 2>/dev/null || [ -c /dev/ublk-control ] ||
	fail "no /dev/ublk-control after reload"
$UBLK add -t null >/dev/null || fail "add 1 of 2"
$UBLK add -t null >/dev/null || fail "add 2 of 2"
$UBLK add -t null >$d/out 2>$d/err
rc=$?
cat $d/err
if [ $rc = 0 ]; then
	info "this kernel's ublks_max does not limit privileged devices"
else
	[ $rc = 1 ] || fail "add past ublks_max: exit $rc"
	grep -q "limit of devices is reached (ublks_max=2" $d/err ||
		fail "no clear ublks_max error"
	[ "$(ls /dev/ublkc* | wc -l)" = 2 ] || fail "a refused add left a device"
fi
timeout 30 $UBLK del -a || fail "del -a"
rmmod ublk_drv && modprobe ublk_drv || fail "reload ublk_drv"
pass
