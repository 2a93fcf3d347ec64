#!/bin/sh
# Runs a command on a private D-Bus session bus with a real Secret Service: a throw-away GNOME
# keyring, created and unlocked with a throw-away password, removed afterwards. The keychain
# test uses it so qtkeychain talks to the same service a desktop has, not to a stand-in.
#   with-secret-service.sh COMMAND [ARGS...]
set -eu
if [ -z "${ROLEDESK_IN_SECRET_SERVICE:-}" ]; then
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || { echo "$tool is missing (./dev setup installs it)" >&2; exit 1; }
    done
    ROLEDESK_IN_SECRET_SERVICE=1 exec dbus-run-session -- "$0" "$@"
fi
keyring=$(mktemp -d)
# The daemon keeps its keyring files in a folder of its own, away from the test's data.
printf '%s' "throwaway-$$" \
    | HOME="$keyring" XDG_DATA_HOME="$keyring" gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
trap 'kill "$daemon" 2>/dev/null || true; rm -rf "$keyring"' EXIT
# Ready once the Secret Service has its name on the bus.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
    tries=$((tries + 1))
    [ "$tries" -lt 100 ] || { echo "the Secret Service did not start" >&2; exit 1; }
    sleep 0.1
done
"$@"
