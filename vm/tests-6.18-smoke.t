#!/bin/bash
# prove --exec bash vm/tests-6.18-smoke.t: the smoke VM run on the newest 6.18 kernel (vm/suite.sh)
exec bash "$(dirname "$0")/suite.sh" 6.18 smoke
