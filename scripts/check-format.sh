#!/usr/bin/env bash
# Fails when a C++ file under app/ ui/ models/ tests/ is not formatted as .clang-format says,
# and names the files and the command that fixes them.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v clang-format >/dev/null 2>&1; then
    echo "clang-format is not installed (Debian: apt-get install clang-format)." >&2
    exit 2
fi

# In a git work tree: tracked files and new files that are not ignored (build folders are).
list_sources() {
    if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        git ls-files -co --exclude-standard -- app ui models tests
    else
        find app ui models tests -type f 2>/dev/null
    fi
}

offenders=()
checked=0
while IFS= read -r file; do
    case "$file" in
        *.cpp | *.h) ;;
        *) continue ;;
    esac
    [[ -f "$file" ]] || continue # tracked but deleted in the work tree
    checked=$((checked + 1))
    if ! clang-format --dry-run --Werror "$file" >/dev/null 2>&1; then
        offenders+=("$file")
    fi
done < <(list_sources | sort -u)

if ((${#offenders[@]} > 0)); then
    echo "These files are not formatted as .clang-format says:" >&2
    printf '    %s\n' "${offenders[@]}" >&2
    echo "Fix them with:" >&2
    echo "    clang-format -i ${offenders[*]}" >&2
    exit 1
fi
echo "Formatting: $checked C++ files follow .clang-format."
