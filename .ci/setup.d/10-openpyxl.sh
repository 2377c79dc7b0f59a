#!/usr/bin/env bash
# One test reads our output back with openpyxl (an independent reader).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
/usr/bin/python3 -c "import openpyxl" 2>/dev/null || need_pkgs python3-openpyxl
