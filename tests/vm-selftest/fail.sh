#!/bin/sh
# Always fails: proves that a failing guest test makes the VM run fail.
#   vm/run.sh --tests --extra tests/vm-selftest/fail.sh
#   UBLKD_VM_EXTRA=tests/vm-selftest/fail.sh make check-vm
# Never copied into tests/vm/.
echo "deliberate failure (tests/vm-selftest/fail.sh)"
exit 1
