#!/bin/sh
# A loop backing that fails a range with EIO (device-mapper's error target
# between two linear ones over a kernel loop device): reads and writes of
# that range fail with an error, never a silent success or zeroes; every
# other range keeps its data, fio --verify on it passes meanwhile, and the
# device stays up and deletes cleanly.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "${UBLKD_ROOT:-.}/tests/vm/loop-lib.inc"
require_ublk
require_cmd $LOSETUP fio /usr/bin/dd
DMSETUP=/usr/sbin/dmsetup
require_cmd $DMSETUP
modprobe dm-mod 2>/dev/null
[ -e /dev/mapper/control ] || [ -c /dev/mapper/control ] ||
	{ mkdir -p /dev/mapper; grep -q device-mapper /proc/misc &&
	  mknod /dev/mapper/control c 10 \
	  "$(awk '$2 == "device-mapper" { print $1 }' /proc/misc)"; }
$DMSETUP targets 2>/dev/null | grep -q '^error' || skip "no device-mapper error target"
d=/tmp/e840.$$
mkdir -p $d
on_exit "rm -rf $d"
truncate -s 64M $d/img || fail "truncate"
lo=$($LOSETUP -f --show $d/img) || fail "losetup"
on_exit "$LOSETUP -d $lo"
# 64 MiB = 131072 sectors; [16 MiB, 17 MiB) fails
printf '0 32768 linear %s 0\n32768 2048 error\n34816 96256 linear %s 34816\n' \
	"$lo" "$lo" | $DMSETUP create e840 --noudevsync || fail "dmsetup create"
on_exit "$DMSETUP remove --noudevsync e840"
$DMSETUP mknodes e840 2>/dev/null
dm=/dev/mapper/e840
[ -b $dm ] || fail "no $dm"
on_exit "$UBLK del -a -f"
loop_add 140 -f $dm
B=/dev/ublkb140

dd if=/dev/urandom of=$d/pat bs=1M count=4 2>/dev/null
dd if=$d/pat of=$B bs=1M seek=8 oflag=direct 2>/dev/null || fail "write at 8 MiB"
dd if=$d/pat of=$B bs=1M seek=20 oflag=direct 2>/dev/null || fail "write at 20 MiB"

# the failing range, while fio verifies a good one
fio --name=v --filename=$B --offset=32M --size=16M --rw=randwrite --bs=4k \
	--iodepth=8 --ioengine=libaio --direct=1 --verify=crc32c \
	--verify_fatal=1 --do_verify=1 --output=$d/fio.out >/dev/null 2>&1 &
fio_pid=$!
n=0
while [ $n -lt 20 ]; do
	dd if=$B of=$d/r bs=4k count=1 skip=$((4096 + n * 8)) iflag=direct \
		2>$d/err && fail "read $n of the failing range succeeded"
	grep -qi "error" $d/err || fail "read of the failing range: $(cat $d/err)"
	n=$((n + 1))
done
dd if=$d/pat of=$B bs=4k count=1 seek=4100 oflag=direct 2>/dev/null &&
	fail "write into the failing range succeeded"
# a request that straddles the edge fails as a whole, it is not cut short
/usr/bin/dd if=$B of=$d/r bs=64k count=1 skip=$((16 * 1048576 - 32768)) \
	iflag=direct,skip_bytes 2>/dev/null &&
	fail "a read across the edge succeeded"
wait $fio_pid || { cat $d/fio.out; fail "fio verify on the good range failed"; }
info "20 reads and a write of the failing range failed; fio verify elsewhere passed"
dd if=$B of=$d/back bs=1M skip=8 count=4 iflag=direct 2>/dev/null &&
	cmp $d/pat $d/back || fail "data at 8 MiB lost"
dd if=$B of=$d/back bs=1M skip=20 count=4 iflag=direct 2>/dev/null &&
	cmp $d/pat $d/back || fail "data at 20 MiB lost"
$UBLK list -n 140 | grep -q "state LIVE" || fail "device not live after the errors"
loop_del 140
pass
