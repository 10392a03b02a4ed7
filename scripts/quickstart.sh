#!/usr/bin/env bash
# Builds the console and opens it on the embedded lab (open), or builds it and runs every test
# (test). On Debian it first installs whatever the build and the tests need.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
    cmake g++ ninja-build
    qt6-base-dev qt6-base-dev-tools libqt6sql6-odbc libqt6sql6-sqlite
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6svg6
    qtkeychain-qt6-dev libspdlog-dev libgtest-dev libgmock-dev
    unixodbc-dev unixodbc tdsodbc libsqliteodbc
    qt6-translations-l10n xvfb xauth libgl1-mesa-dev clang-format sqlite3 fonts-dejavu-core
    gnome-keyring dbus-daemon
)
BUILD_DIR=build
EXECUTABLE="$BUILD_DIR/app/bts-logship"
SCREENSHOT_DIR="$BUILD_DIR/screenshots"

usage() {
    cat <<EOF
Usage:
  scripts/quickstart.sh open [console options]   build, then open the console on the lab
  scripts/quickstart.sh test                     build, then check formatting and run every test
  scripts/quickstart.sh sanitize                 build with AddressSanitizer and
                                                 UndefinedBehaviorSanitizer, run every test
  scripts/quickstart.sh bench [bench options]    build (release), then print the performance
                                                 figures with their baselines and goals
EOF
}

install_packages() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        echo "Not a Debian machine: make sure these (or your system's equivalents) are installed:"
        echo "    ${PACKAGES[*]}"
        return
    fi
    local missing=() package
    for package in "${PACKAGES[@]}"; do
        if [[ "$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)" != "install ok installed" ]]; then
            missing+=("$package")
        fi
    done
    if ((${#missing[@]} == 0)); then
        return
    fi

    local sudo=""
    if [[ "$(id -u)" -ne 0 ]]; then
        if ! command -v sudo >/dev/null 2>&1; then
            echo "These packages are missing and installing them needs root (or sudo):" >&2
            echo "    ${missing[*]}" >&2
            exit 1
        fi
        sudo="sudo"
    fi
    echo "Installing the missing packages: ${missing[*]}"
    $sudo apt-get update
    $sudo env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y --no-install-recommends "${missing[@]}"
}

build() {
    local build_type=RelWithDebInfo sanitize=OFF
    if [[ "${1:-}" == "sanitize" ]]; then
        build_type=Debug
        sanitize=ON
    elif [[ "${1:-}" == "bench" ]]; then
        build_type=Release
    fi
    # A build folder made with another generator cannot be reused with Ninja.
    if [[ -f "$BUILD_DIR/CMakeCache.txt" ]] &&
        ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$BUILD_DIR/CMakeCache.txt"; then
        echo "Reconfiguring $BUILD_DIR/ for Ninja."
        rm -rf "$BUILD_DIR/CMakeCache.txt" "$BUILD_DIR/CMakeFiles"
    fi
    local warnings_as_errors=OFF
    if [[ "${CI:-}" == "true" ]]; then
        warnings_as_errors=ON
    fi
    cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" \
        -DBTS_WARNINGS_AS_ERRORS="$warnings_as_errors" -DBTS_SANITIZE="$sanitize"
    cmake --build "$BUILD_DIR" -j"$(nproc 2>/dev/null || echo 2)"
}

# The same rule as the console's own: only Linux can lack a display, and a chosen Qt platform
# (QT_QPA_PLATFORM) counts as one.
has_display() {
    [[ "$(uname -s)" != "Linux" || -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ||
        -n "${QT_QPA_PLATFORM:-}" ]]
}

# --help, --version and --screenshot need no display: the console answers them itself.
needs_no_window() {
    local argument
    for argument in "$@"; do
        case "$argument" in
            -h | --help | -v | --version | --screenshot | --screenshot=*) return 0 ;;
        esac
    done
    return 1
}

open_console() {
    if has_display || needs_no_window "$@"; then
        exec "$EXECUTABLE" "$@"
    fi
    cat <<EOF
There is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set), so the console's window
cannot open. You can:
    run it on a virtual display:    xvfb-run -a $EXECUTABLE
    render screenshots without one: QT_QPA_PLATFORM=offscreen $EXECUTABLE --screenshot shots/
Rendering the screenshots into $SCREENSHOT_DIR/ now.
EOF
    QT_QPA_PLATFORM=offscreen "$EXECUTABLE" --screenshot "$SCREENSHOT_DIR"
}

# Every test under the sanitizers: any report fails the run. Leak reports are off, since Qt and
# the system libraries keep some allocations to the end of the process by design.
run_sanitized_tests() {
    ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 \
        UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --no-tests=error --timeout 900
}

run_tests() {
    local format_status=0 test_status=0
    scripts/check-format.sh || format_status=$?
    ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --no-tests=error || test_status=$?
    # The password vault against a real keychain, which ctest's environment does not have.
    scripts/keychain-test.sh "$BUILD_DIR" || test_status=$?
    if ((test_status == 0 && format_status != 0)); then
        echo "The tests passed, but the formatting check failed (see above)." >&2
        exit "$format_status"
    fi
    exit "$test_status"
}

command="${1:-}"
case "$command" in
    open | test) shift ;;
    sanitize)
        shift
        BUILD_DIR=build-sanitize
        ;;
    bench)
        shift
        BUILD_DIR=build-bench
        ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        usage >&2
        exit 2
        ;;
esac

install_packages
build "$command"
case "$command" in
    open) open_console "$@" ;;
    sanitize) run_sanitized_tests ;;
    bench)
        # Generated labs are kept in build-bench/bench-work/ for the next run.
        QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$BUILD_DIR/tests/bench/bts-bench" \
            --work-folder "$BUILD_DIR/bench-work" --console "$BUILD_DIR/app/bts-logship" "$@"
        ;;
    *) run_tests ;;
esac
