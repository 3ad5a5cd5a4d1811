#!/bin/sh
# A device's first I/O is served: the kernel reads the partition table as
# START_DEV ends (on 7.x from a work item, racing START_DEV's return), and
# that READ must not fail. Twelve adds of null and mem; any "I/O error" on
# the device in the kernel log, or a failed partition read, fails the test.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"
require_ublk
on_exit "$UBLK del -a"

dmesg -c >/dev/null 2>&1
i=0
while [ $i -lt 6 ]; do
	for t in null mem; do
		$UBLK add -t $t -n 1 --size 64M >/dev/null || fail "add -t $t (round $i)"
		wait_dev /dev/ublkb1 5 || fail "no /dev/ublkb1"
		# the scan's READ is done once the disk's open_mutex is free:
		# a read of the first sector waits behind it
		dd if=/dev/ublkb1 of=/dev/null bs=4k count=1 iflag=direct 2>/dev/null ||
			fail "first read of ublkb1 ($t, round $i) failed"
		$UBLK del -n 1 || fail "del ($t, round $i)"
		wait_gone /dev/ublkb1 5 || fail "ublkb1 not gone"
		if dmesg | grep -E 'I/O error, dev ublkb1|ublkb1: unable to read partition table'; then
			fail "the kernel saw an I/O error on a freshly started $t device (round $i)"
		fi
	done
	i=$((i + 1))
done
pass "12 adds, every first READ served"
