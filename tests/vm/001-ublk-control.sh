#!/bin/sh
# The bed is real: kernel 6.12 with the ublk driver loaded by the init.
. "${UBLKD_ROOT:-.}/tests/vm/lib.sh"

r=$(uname -r)
info "kernel $r"
case $r in
6.12.*) ;;
*) [ "${UBLKD_IN_VM:-0}" = 1 ] && fail "guest kernel is $r, not 6.12" ;;
esac
[ -d /sys/module/ublk_drv ] || fail "/sys/module/ublk_drv missing: ublk_drv not loaded"
[ -e /dev/ublk-control ] || fail "/dev/ublk-control missing"
[ -c /dev/ublk-control ] || fail "/dev/ublk-control is not a char device"
grep -qw ublk-control /proc/misc || fail "ublk-control not registered in /proc/misc"
# opening it needs the driver behind it (fails with ENODEV otherwise)
exec 3<>/dev/ublk-control || fail "cannot open /dev/ublk-control"
exec 3>&-
pass "ublk_drv loaded, /dev/ublk-control is a char device"
