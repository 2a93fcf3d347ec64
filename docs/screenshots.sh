#!/usr/bin/env bash
# Takes the README's screenshots: RoleDesk under Xvfb on a fresh sandbox, driven with xdotool as a
# user would drive it. Usage: docs/screenshots.sh path/to/roledesk [output-dir]
set -euo pipefail
roledesk=$(realpath "$1")
out=$(realpath "${2:-docs}")
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_CONFIG_HOME="$scratch/home/.config" \
       XDG_DATA_HOME="$scratch/home/.local/share" LANG=C.UTF-8 QT_LOGGING_RULES="roledesk.*.info=false"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

shoot() { # shoot NAME SECONDS -- roledesk args...; then the xdotool steps on stdin
    local name=$1 wait=$2; shift 3
    local steps
    steps=$(cat)
    # The window fills a 1280x800 screen (the dialogs' clicks below are placed for it).
    xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
        "$0" "$@" >/dev/null 2>&1 & app=$!
        sleep '"$wait"'
        # No window manager under Xvfb: give the newest RoleDesk window the keyboard first.
        win=$(xdotool search --onlyvisible --name "RoleDesk" | head -1)
        [ -n "$win" ] && xdotool windowfocus --sync "$win" || true
        eval "$STEPS"
        sleep 1
        import -window root "$OUT"
        kill $app' "$roledesk" "$@" -qwindowgeometry 1280x800+0+0 </dev/null
}

# 1. First start, nothing configured: the connection dialog.
STEPS='' OUT="$out/connection-dialog.png" shoot dialog 4 -- < /dev/null
# 2. The sandbox, Permissions workspace, searching the catalog.
export STEPS='xdotool key ctrl+3; sleep 0.5; xdotool key ctrl+f; sleep 0.3; xdotool type --delay 60 "queue"'
OUT="$out/roledesk-catalog.png" shoot catalog 6 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
# 3. Roles: the list filtered to roles that grant a permission (asked of the server too).
export STEPS='xdotool key ctrl+1; sleep 0.5; xdotool key ctrl+f; xdotool key Tab Tab; sleep 0.2
xdotool type --delay 40 "routing:queue:view"; sleep 1.5'
OUT="$out/roledesk-roles.png" shoot roles 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
# 4. Compare: Supervisor opened with Ctrl+K, then Ctrl+D compares it with its default.
export STEPS='xdotool key ctrl+k; sleep 0.7
xdotool search --onlyvisible --name "Go to" windowfocus --sync; xdotool type --delay 40 "Supervisor"
sleep 0.5; xdotool key Return; sleep 1; xdotool windowfocus --sync "$win"; xdotool key ctrl+d; sleep 1.5'
OUT="$out/roledesk-compare.png" shoot compare 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
# 5. Restore defaults: the roles needing an update and Supervisor checked, then Preview. No window
# manager: the dialog sits where Qt puts it on the 1280x800 window, so these clicks find it.
export STEPS='xdotool key ctrl+2; sleep 0.5; xdotool mousemove 240 42 click 1; sleep 0.5
xdotool mousemove 300 63 click 1; sleep 1.5; xdotool mousemove 262 338 click 1; sleep 0.3
xdotool mousemove 902 635 click 1; sleep 1.5'
OUT="$out/roledesk-restore.png" shoot restore 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
# 6. Trusts, both sides on one machine: Fabrikam asks for access (Pairings ▸ Request access, two
# of its users), then home accepts the pairing with a role for each and an expiry a week out.
export STEPS='xdotool key ctrl+5; sleep 1; xdotool key alt+p; sleep 0.3; xdotool key alt+q; sleep 1.5
d=$(xdotool search --onlyvisible --name "Request access" | head -1); xdotool windowfocus --sync "$d"
xdotool key Tab; sleep 0.2; xdotool key Down space Down space; sleep 0.3; xdotool key Return; sleep 1.5'
OUT="$scratch/pairing.png" shoot pairing 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" \
    --sandbox-org "Fabrikam Outsourcing" < /dev/null
# The id, from the pairing book RoleDesk keeps (the first top-level "id" after "groups").
PAIRING=$(sed -nE 's/.*"groups":\[[^]]*\],"id":"([^"]+)".*/\1/p' \
    "$XDG_DATA_HOME"/RoleDesk/RoleDesk/pairings/*.json | head -1)
[ -n "$PAIRING" ] || { echo "no pairing was made" >&2; exit 1; }
export PAIRING ACCEPT_SHOT="$out/roledesk-accept.png"
export STEPS='xdotool key ctrl+5; sleep 1; xdotool key alt+a; sleep 1
d=$(xdotool search --onlyvisible --name "Accept a pairing" | head -1); xdotool windowfocus --sync "$d"
xdotool type --delay 20 "$PAIRING"; xdotool key alt+l; sleep 1.5
xdotool type --delay 40 "Employee"; xdotool key Down space; sleep 0.3
xdotool key alt+v alt+x; sleep 0.5; import -window root "$ACCEPT_SHOT"
xdotool key alt+c; sleep 2'
OUT="$out/roledesk-trusts.png" shoot trusts 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
# 7. Audits: what partners' users did here, newest first, the first entry's JSON below.
export STEPS='xdotool key ctrl+5; sleep 1; xdotool key alt+i; sleep 0.5; xdotool key alt+s; sleep 1.5'
OUT="$out/roledesk-audits.png" shoot audits 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
# 8. Access: who can edit queues, from the permission typed in (Ctrl+6, Ctrl+F).
export STEPS='xdotool key ctrl+6; sleep 0.5; xdotool key ctrl+f; xdotool type --delay 30 "routing:queue:edit"
xdotool key Escape Return; sleep 2'
OUT="$out/roledesk-access.png" shoot access 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
# 9. Products enabled for the organization.
export STEPS='xdotool key ctrl+4; sleep 0.5'
OUT="$out/roledesk-products.png" shoot products 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
# 10. In German: Supervisor opened with Ctrl+K in the Roles workspace, its edit history docked.
export STEPS='xdotool key ctrl+k; sleep 0.7
xdotool search --onlyvisible --name "Gehe zu" windowfocus --sync; xdotool type --delay 40 "Supervisor"
sleep 0.5; xdotool key Return; sleep 1; xdotool windowfocus --sync "$win"; xdotool key ctrl+h; sleep 0.5'
OUT="$out/roledesk-de.png" shoot german 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" \
    --lang de < /dev/null
# 11. The editor: Supervisor opened with Ctrl+K, its permissions filtered, one grant added. Last:
# it leaves an unsaved draft, which the next start would offer back.
# Without a window manager each new window needs the keyboard given to it explicitly.
export STEPS='xdotool key ctrl+k; sleep 0.7
xdotool search --onlyvisible --name "Go to" windowfocus --sync; xdotool type --delay 40 "Supervisor"
sleep 0.5; xdotool key Return; sleep 1; xdotool windowfocus --sync "$win"
xdotool key ctrl+shift+f; xdotool type --delay 60 "queue"; sleep 0.5
xdotool key Tab space Tab Down Down Down Down space; sleep 0.5'
OUT="$out/roledesk-editor.png" shoot editor 4 -- --sandbox --sandbox-data "$scratch/sandbox.sqlite" < /dev/null
echo "screenshots in $out: connection-dialog.png roledesk-catalog.png roledesk-roles.png" \
     "roledesk-compare.png roledesk-restore.png roledesk-editor.png roledesk-accept.png" \
     "roledesk-trusts.png roledesk-audits.png roledesk-access.png roledesk-products.png" \
     "roledesk-de.png"
