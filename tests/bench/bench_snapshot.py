#!/usr/bin/env python3
"""RoleDesk against the official JavaScript SDK, fetching the same organization.

Each run starts a fresh roledesk-sandbox (so each client gets a fresh rate-limit budget), waits
until it listens, then times one client:

  roledesk  `roledesk --snapshot` (roles, catalog, products, trustees with their users and each
            user's roles, trustors with their users), wall time from start to exit;
  sdk       tests/sdk/fetch_all.js, the same data with the SDK one request at a time in pages
            of 100, timed from its login to its last answer;
  gui       the RoleDesk window (offscreen), from start to the role list being filled, then to
            the end of its load, and its peak memory.

The sandbox's own log counts each client's requests and 429s. Prints one JSON object.

Usage: bench_snapshot.py [--build DIR] [--runs N] [--only NAME ...] [--in-flight N]
  --build  the build directory (default build/release)
  --only   scenarios to run: limited100, free20, free100, gui100, gui100limited
"""

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
REQUEST = re.compile(rb"(GET|POST|PUT|PATCH|DELETE) /api/v2/\S+ (\d{3}|dropped)")
DEFAULT_IN_FLIGHT = 12  # RoleDesk's cap on requests in flight, each on a connection of its own
IN_FLIGHT = 0  # --in-flight: RoleDesk's cap on requests in flight (0: its default)


class Sandbox:
    def __init__(self, exe, scale, rate_limit, latency_ms):
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(
            [exe, "--print-credentials", "--scale", str(scale), "--rate-limit",
             str(rate_limit), "--latency-ms", str(latency_ms)],
            stdout=subprocess.PIPE, stderr=self.log)
        self.port = self.client_id = self.secret = None
        for raw in self.proc.stdout:
            line = raw.decode().strip()
            m = re.match(r"listening on http://127\.0\.0\.1:(\d+)$", line)
            if m:
                self.port = m.group(1)
            m = re.search(r"client_id=(\S+) client_secret=(\S+)$", line)
            if m:
                self.client_id, self.secret = m.group(1), m.group(2)
                break
        if not self.client_id:
            raise SystemExit("bench_snapshot: the sandbox did not start")
        self.log.seek(0, os.SEEK_END)
        self.started_at = self.log.tell()

    def requests(self):
        """API requests answered since start (by status), from the sandbox's log."""
        self.log.flush()
        self.log.seek(self.started_at)
        counts = {}
        for m in REQUEST.finditer(self.log.read()):
            status = m.group(2).decode()
            counts[status] = counts.get(status, 0) + 1
        return counts

    def stop(self):
        self.proc.terminate()
        self.proc.wait(timeout=30)
        # The log is complete only once the sandbox has exited.
        return self.requests()


def env_for(sandbox, home):
    extra = {"ROLEDESK_MAX_IN_FLIGHT": str(IN_FLIGHT)} if IN_FLIGHT else {}
    env = dict(os.environ, **extra, PURECLOUD_CLIENT_ID=sandbox.client_id, PURECLOUD_SECRET=sandbox.secret,
               QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home + "/config",
               XDG_DATA_HOME=home + "/data", XDG_CACHE_HOME=home + "/cache",
               QT_LOGGING_RULES="roledesk.*.info=false;roledesk.load.info=true")
    return env


def run_roledesk(build, sandbox, home):
    out = os.path.join(home, "snapshot.json")
    started = time.monotonic()
    done = subprocess.run(
        [os.path.join(build, "app", "roledesk"), "--snapshot", out, "--base-url",
         f"http://127.0.0.1:{sandbox.port}"],
        env=env_for(sandbox, home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        raise SystemExit("bench_snapshot: roledesk --snapshot failed: "
                         + done.stderr.decode()[-2000:])
    with open(out, encoding="utf-8") as f:
        data = json.load(f)
    return {"seconds": round(seconds, 3), "roles": len(data["roles"]),
            "trustees": len(data["trustees"]),
            "trusteeUsers": sum(len(t["members"]) for t in data["trustees"]),
            "trustors": len(data["trustors"])}


def run_sdk(sandbox):
    script = os.path.join(ROOT, "tests", "sdk", "fetch_all.js")
    done = subprocess.run(["node", script, sandbox.port, sandbox.client_id, sandbox.secret],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode != 0:
        raise SystemExit("bench_snapshot: the SDK fetch failed: " + done.stderr.decode()[-2000:])
    result = json.loads(done.stdout)
    result["seconds"] = round(result["seconds"], 3)
    return result


def run_gui(build, sandbox, home):
    """Seconds from start to the role list, to the end of the load; peak RSS in MB."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [os.path.join(build, "app", "roledesk"), "--base-url", f"http://127.0.0.1:{sandbox.port}"],
        env=env_for(sandbox, home), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    roles_at = finished_at = None
    for raw in proc.stderr:
        line = raw.decode(errors="replace")
        if roles_at is None and "roledesk.load: Roles in after" in line:
            roles_at = time.monotonic() - started
        if "roledesk.load: load finished after" in line:
            finished_at = time.monotonic() - started
            break
        if time.monotonic() - started > 300:
            break
    peak_mb = 0.0
    with open(f"/proc/{proc.pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):  # the peak resident set, in kB
                peak_mb = int(line.split()[1]) / 1024
    proc.terminate()
    proc.wait(timeout=30)
    if roles_at is None or finished_at is None:
        raise SystemExit("bench_snapshot: the window did not report its load")
    return {"secondsToRoleList": round(roles_at, 3), "secondsToLoaded": round(finished_at, 3),
            "peakMemoryMB": round(peak_mb, 1)}


def scenario(args, name, scale, rate_limit, latency_ms, clients):
    result = {"scenario": name, "scale": scale, "rateLimitPerMinute": rate_limit,
              "latencyMs": latency_ms}
    for client in clients:
        runs = []
        for _ in range(args.runs if client != "sdk" or rate_limit == 0 else 1):
            home = tempfile.mkdtemp(prefix="bench-snapshot-")
            sandbox = Sandbox(args.sandbox, scale, rate_limit, latency_ms)
            try:
                if client == "roledesk":
                    run = run_roledesk(args.build, sandbox, home)
                elif client == "sdk":
                    run = run_sdk(sandbox)
                else:
                    run = run_gui(args.build, sandbox, home)
            finally:
                counts = sandbox.stop()
                shutil.rmtree(home, ignore_errors=True)
            run["requests"] = sum(counts.values())
            run["rateLimited"] = counts.get("429", 0)
            runs.append(run)
            print(f"bench_snapshot: {name} {client}: {run}", file=sys.stderr)
        key = "secondsToRoleList" if client == "gui" else "seconds"
        runs.sort(key=lambda r: r[key])
        result[client] = runs[len(runs) // 2]  # the median run
    rd = result.get("roledesk")
    if rd and "sdk" in result:
        result["speedup"] = round(result["sdk"]["seconds"] / rd["seconds"], 2)
    if rd and rate_limit:
        # A budget of rate_limit at once, then rate_limit/60 a second: nobody finishes sooner.
        floor = max(0.0, (rd["requests"] - rate_limit) / (rate_limit / 60.0))
        result["budgetFloorSeconds"] = round(floor, 3)
        result["vsFloor"] = round(rd["seconds"] / floor, 3) if floor else None
    elif rd:
        # Each request in flight has a connection of its own (RoleDesk opens them for its cap).
        connections = IN_FLIGHT or DEFAULT_IN_FLIGHT
        result["connections"] = connections
        trips = math.ceil(rd["requests"] / connections) * latency_ms / 1000.0
        result["roundTripFloorSeconds"] = round(trips, 3)
        result["vsRoundTrips"] = round(rd["seconds"] / trips, 3)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", default=os.path.join(ROOT, "build", "release"))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", nargs="*")
    parser.add_argument("--in-flight", type=int, default=0)
    args = parser.parse_args()
    global IN_FLIGHT
    IN_FLIGHT = args.in_flight
    args.build = os.path.abspath(args.build)
    args.sandbox = os.path.join(args.build, "sandbox", "roledesk-sandbox")
    plan = {
        "limited100": (100, 300, 50, ["roledesk", "sdk"]),
        "free20": (20, 0, 50, ["roledesk", "sdk"]),
        "free100": (100, 0, 50, ["roledesk"]),
        "gui100": (100, 0, 0, ["gui"]),
        "gui100limited": (100, 300, 0, ["gui"]),
    }
    results = [scenario(args, name, *plan[name]) for name in (args.only or plan)]
    print(json.dumps({"benchmark": "snapshot", "results": results}, indent=1))


if __name__ == "__main__":
    main()
