#!/bin/bash
# prove --exec bash vm/vm-tests.t  (make check-vm)
# Builds the guest initramfs and runs every tests/vm/*.sh in one qemu boot
# (or natively when this host has the ublk driver) via vm/run.sh --tests,
# which prints the guest's TAP: a plan, one line per test, and a failing
# "not ok" for each test the guest never reported (hang, panic, dead VM).
# Honours UBLKD_VM_TESTS (filter), UBLKD_VM_EXTRA (more test files), and the
# other UBLKD_VM_* settings of vm/run.sh.
cd "$(dirname "$0")/.." || exit 2
start=$EPOCHSECONDS
bash vm/run.sh --tests
rc=$?
echo "# vm-tests.t: total $((EPOCHSECONDS - start)) s, exit $rc" >&2
exit $rc
