#!/bin/bash
# prove --exec bash vm/tests-7-asan.t: the asan VM run on the newest 7.x kernel (vm/suite.sh)
exec bash "$(dirname "$0")/suite.sh" 7 asan
