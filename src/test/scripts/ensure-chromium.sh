#!/usr/bin/env bash
# The browser tests drive Debian's Chromium through chromedriver, with CJK fonts so that Chinese pages render.
# Run by `mvn verify` before the tests: installs the three packages when one is missing and we may install;
# otherwise says what to install and fails, so that a missing browser is never mistaken for a passing test.
set -euo pipefail

packages=(chromium chromium-driver fonts-noto-cjk)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$package")
    fi
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "The browser tests need: ${missing[*]}. Install them (Debian: sudo apt-get install -y ${missing[*]})." >&2
    exit 1
fi
echo "Installing ${missing[*]} for the browser tests"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}"
