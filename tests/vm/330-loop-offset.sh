#!/bin/sh
# -o SECTORS: the device starts that far into the file and ends with it
# (or after --size); writes land at the offset and nothing before it
# changes. --size beyond the file is refused.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
. "$UBLKD_ROOT/tests/vm/loop-lib.inc"
require_ublk
back=/tmp/loopo.$$
loop_fs $back
on_exit "$UBLK del -a"
on_exit "rm -f /tmp/pat.$$ /tmp/exp.$$ /tmp/r.$$"
f=$back/disk.img

sum() { sha256sum "$1" | cut -d' ' -f1; }
# fsum FILE SKIP_BYTES COUNT_BYTES (multiples of 512)
fsum() {
	dd if="$1" of=/tmp/r.$$ bs=512 skip=$(($2 / 512)) count=$(($3 / 512)) \
		2>/dev/null
	sum /tmp/r.$$
}

dd if=/dev/urandom of=$f bs=1M count=32 2>/dev/null || fail "backing"
dd if=/dev/urandom of=/tmp/pat.$$ bs=1M count=2 2>/dev/null || fail "pattern"
cp $f /tmp/exp.$$ || fail "copy"

# -o 2048 (1 MiB): 31 MiB, reading the file from 1 MiB on
loop_add 35 -o 2048 -f $f
[ "$($BLOCKDEV --getsize64 /dev/ublkb35)" = $((31 << 20)) ] ||
	fail "-o 2048: size $($BLOCKDEV --getsize64 /dev/ublkb35), want 31 MiB"
loop_json 35 | grep -q '"offset":2048' || fail "describe lacks the offset"
[ "$(sum /dev/ublkb35)" = "$(fsum $f 1048576 $((31 << 20)))" ] ||
	fail "-o 2048: the device does not read the file from 1 MiB"
dd if=/tmp/pat.$$ of=/dev/ublkb35 bs=1M oflag=direct 2>/dev/null ||
	fail "write at device 0"
dd if=/tmp/pat.$$ of=/dev/ublkb35 bs=1M seek=29 oflag=direct 2>/dev/null ||
	fail "write at the device's end"
loop_del 35
dd if=/tmp/pat.$$ of=/tmp/exp.$$ bs=1M seek=1 conv=notrunc 2>/dev/null
dd if=/tmp/pat.$$ of=/tmp/exp.$$ bs=1M seek=30 conv=notrunc 2>/dev/null
[ "$(sum $f)" = "$(sum /tmp/exp.$$)" ] ||
	fail "-o 2048: writes did not land at the offset"

# -o 1 (one sector) with --size 8M, buffered and direct
for opt in --buffered_io ""; do
	loop_add 35 -o 1 --size 8M $opt -f $f
	[ "$($BLOCKDEV --getsize64 /dev/ublkb35)" = 8388608 ] ||
		fail "-o 1 --size 8M $opt: wrong size"
	[ "$(sum /dev/ublkb35)" = "$(fsum $f 512 8388608)" ] ||
		fail "-o 1 $opt: the device does not read the file from byte 512"
	loop_del 35
done

# --size larger than what is left after the offset: refused
$UBLK add -t loop -n 35 -o 2048 --size 32M -f $f >/tmp/r.$$ 2>&1 &&
	fail "--size beyond the end of the file was accepted"
cat /tmp/r.$$
grep -qi "larger" /tmp/r.$$ || fail "no clear message for --size too large"
no_ublk_devs
pass
