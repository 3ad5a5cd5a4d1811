#!/bin/bash
# prove --exec bash vm/tests-6.12-full.t: the full VM run on the newest 6.12 kernel (vm/suite.sh)
exec bash "$(dirname "$0")/suite.sh" 6.12 full
