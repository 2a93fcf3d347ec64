#!/usr/bin/env bash
# Checks a RoleDesk .deb: the files a desktop installation needs are where Debian expects them,
# the package depends on what RoleDesk loads at run time, the .desktop file is valid, and the
# program runs from the installed layout (unpacked, not installed: this machine is left alone).
# Usage: tests/package/check-deb.sh roledesk_VERSION_ARCH.deb
set -euo pipefail
deb=$(realpath "$1")
fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }

contents=$(dpkg-deb -c "$deb" | awk '{print $NF}')
for path in ./usr/bin/roledesk \
            ./usr/share/applications/roledesk.desktop \
            ./usr/share/icons/hicolor/scalable/apps/roledesk.svg \
            ./usr/share/roledesk/translations/roledesk_de.qm \
            ./usr/share/roledesk/translations/roledesk_fr.qm \
            ./usr/share/roledesk/translations/roledesk_en.qm \
            ./usr/share/doc/roledesk/README.md; do
    grep -qxF "$path" <<<"$contents" || fail "$path is not in the package"
done
# Nothing of the build or the tests slipped in.
if grep -E 'tst_|bench_|roledesk-sandbox|/include/|\.a$' <<<"$contents"; then
    fail "test, benchmark or development files are in the package"
fi

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libqt6widgets6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 \
           qt6-translations-l10n libqt6keychain1; do
    grep -qE "(^|[ ,])$dep([ ,(]|$)" <<<"$depends" || fail "Depends lacks $dep: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = roledesk ] || fail "the package is not named roledesk"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root/usr/share/applications/roledesk.desktop" \
    || fail "the .desktop file is not valid"
grep -q '^Exec=roledesk' "$root/usr/share/applications/roledesk.desktop" \
    || fail "the .desktop file does not start roledesk"
grep -q '<svg' "$root/usr/share/icons/hicolor/scalable/apps/roledesk.svg" \
    || fail "the icon is not an SVG"
[ "$(stat -c %a "$root/usr/bin/roledesk")" = 755 ] || fail "usr/bin/roledesk is not 0755"

# It runs from the installed layout: --version, --help in German from the installed translation,
# and the sandbox opens a window (offscreen) and stays up.
export HOME="$root/home" XDG_RUNTIME_DIR="$root/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version=$("$root/usr/bin/roledesk" --version)
grep -q '^RoleDesk ' <<<"$version" || fail "--version printed: $version"
"$root/usr/bin/roledesk" --lang de --help | grep -q 'Genesys-Cloud' \
    || fail "--help is not German with --lang de"
"$root/usr/bin/roledesk" --sandbox >"$root/run.log" 2>&1 &
app=$!
sleep 5
kill -0 "$app" 2>/dev/null || { cat "$root/run.log" >&2; fail "roledesk --sandbox did not stay up"; }
kill "$app"
wait "$app" 2>/dev/null || true
echo "check-deb: ok: $(basename "$deb") ($(du -h "$deb" | cut -f1)), Depends: $depends"
