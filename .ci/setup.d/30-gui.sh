#!/usr/bin/env bash
# The window's tests need a display and a Chinese font: Xvfb (run by .ci/run through xvfb-run)
# and WenQuanYi Zen Hei, without which every Chinese label would be drawn as boxes.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
need_pkgs xvfb xauth fonts-wqy-zenhei
