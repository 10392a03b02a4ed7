#!/usr/bin/env bash
# The keychain round trip against a real Secret Service: a throwaway GNOME keyring, unlocked in a
# private D-Bus session with a home folder of its own, so that the user's keyring is never touched.
# Usage: scripts/keychain-test.sh <build folder>
set -euo pipefail
build_dir="${1:-build}"
tests="$build_dir/tests/gui_tests"
if [[ "$(uname -s)" != "Linux" ]] || ! command -v dbus-run-session >/dev/null 2>&1 ||
    ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
    echo "Keychain round trip skipped: it needs Linux with dbus-run-session and gnome-keyring."
    exit 0
fi
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/run" "$home/.cache" "$home/.local/share/keyrings"
chmod 700 "$home/run"
# Inside the session: create and unlock the login keyring (with a throwaway password), then run
# the vault's tests, which must take the round-trip branch.
HOME="$home" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen BTS_REQUIRE_KEYCHAIN=1 \
    dbus-run-session -- bash -c '
        printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        exec "$0" --gtest_filter="PasswordVault*"' "$(realpath "$tests")"
