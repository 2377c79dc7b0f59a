# Sourced by .ci scripts. need_pkgs PKG...: installs the Debian packages that are missing
# (apt-get update at most once per CI run). A new machine has none of what the tests need.
need_pkgs() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  export DEBIAN_FRONTEND=noninteractive
  if [ ! -e /tmp/ziping-ci-apt-updated ]; then apt-get update -qq && touch /tmp/ziping-ci-apt-updated; fi
  echo "installing: ${missing[*]}"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}
