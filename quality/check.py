#!/usr/bin/env python3
"""Checks score.py reports against the landed quality levels, or raises the levels.

  check.py LEVELS SET REPORT.json          exit 1 when a field scores below its level
  check.py LEVELS SET REPORT.json --raise  raise the levels of SET to the report's scores (never lower)
"""
import json
import sys

FIELDS = ["countries", "blocs", "organizations", "people", "dates", "money", "percents", "topics",
          "events", "agreements", "measures", "indicators", "stories"]
ACCURACIES = ["primary_event_type", "event_city", "event_partners", "measure_stance"]


def scores(report):
    out = {f: report[f]["f1"] for f in FIELDS if f in report}
    for a in ACCURACIES:
        v = report.get("accuracy", {}).get(a)
        if v is not None:
            out[a] = v
    return out


def main():
    levels_path, which, report_path = sys.argv[1:4]
    raise_ = "--raise" in sys.argv[4:]
    levels = json.load(open(levels_path))
    got = scores(json.load(open(report_path)))
    floor = levels.setdefault(which, {})
    if raise_:
        for k, v in got.items():
            # Keep a small margin below the measured score only for floating noise; never lower.
            new = round(v - 0.0005, 3)
            if new > floor.get(k, 0.0):
                floor[k] = new
        with open(levels_path, "w") as f:
            json.dump(levels, f, indent=2, sort_keys=False)
            f.write("\n")
        print(f"{which}: levels now " + ", ".join(f"{k} {v:.3f}" for k, v in floor.items()))
        return 0
    bad = []
    for k, v in floor.items():
        g = got.get(k, 0.0)
        status = "ok" if g >= v else "BELOW"
        print(f"  {which:6} {k:<20} {g:6.3f}  level {v:6.3f}  {status}")
        if g < v:
            bad.append(k)
    if bad:
        print(f"{which}: below the landed level: {', '.join(bad)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
