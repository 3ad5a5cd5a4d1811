#!/bin/sh
# What is written through the nbd device is in the export: nbdkit file
# over TCP (--host/--port, --export_name), random data written with dd,
# the device deleted, the file compared byte for byte; fsync reaches the
# server as NBD_CMD_FLUSH and an O_DSYNC write as a FUA write (nbdkit's
# log filter). A read-only export
# (nbdkit -r) gives a read-only device that still reads.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/nbd-lib.inc"
nbd_setup
require_cmd /usr/bin/dd
on_exit "$UBLK del -a"
f=/tmp/nbd610.img
src=/tmp/nbd610.src
on_exit "rm -f $f $src"
truncate -s 16M $f || fail "truncate"
dd if=/dev/urandom of=$src bs=1M count=16 2>/dev/null || fail "random data"
nl=/tmp/nbd610.log
on_exit "rm -f $nl"
nbdkit_start f1 -i 127.0.0.1 -p 10810 --filter=log file $f logfile=$nl
nbd_add 62 --host 127.0.0.1 --port 10810 --export_name whatever
dd if=$src of=/dev/ublkb62 bs=256k oflag=direct conv=fsync 2>/dev/null ||
	fail "dd to the device"
grep -q " Flush " $nl || fail "fsync sent no NBD_CMD_FLUSH"
grep " Write " $nl | grep -q "fua=1" && fail "FUA on plain writes"
# coreutils dd (busybox's has no dsync)
/usr/bin/dd if=$src of=/dev/ublkb62 bs=4k count=1 oflag=direct,dsync 2>/dev/null ||
	fail "O_DSYNC write"
grep " Write " $nl | grep -q "fua=1" || fail "O_DSYNC write sent without FUA"
nbd_del 62
nbdkit_stop f1
cmp $src $f || fail "the export does not hold what was written"
info "write-through ok"

nbdkit_start f2 -r -U /tmp/nbd610.sock file $f
nbd_add 63 --uri "nbd+unix:///?socket=/tmp/nbd610.sock"
grep -q "read-only" /tmp/nbd-add.$$ || fail "no read-only notice from add"
[ "$(cat /sys/block/ublkb63/ro)" = 1 ] || fail "/sys/block/ublkb63/ro is not 1"
dd if=/dev/zero of=/dev/ublkb63 bs=4096 count=1 oflag=direct 2>/dev/null &&
	fail "a write to the read-only device succeeded"
cmp /dev/ublkb63 $src || fail "the read-only device reads other data"
nbd_del 63
cmp $src $f || fail "the read-only export changed"
pass
