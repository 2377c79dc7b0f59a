#!/usr/bin/env bash
# ResavedExampleTest re-saves the example with LibreOffice and compares findings and scores.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
command -v soffice >/dev/null 2>&1 || need_pkgs libreoffice-calc-nogui
