#!/usr/bin/env python3
"""Reference implementation of the SERVQUAL gap table, for the benchmark and as an
independent check of the engine's numbers (the definitions in docs/statistics.md).

Usage: python3 bench/reference.py survey.csv [out.json]

Reads a survey with headers ID, Department, E1..E22, P1..P22, Weight <Dimension> (the
layout of examples/sample-survey.csv and the benchmark files), 7-point scale, and
computes per item and per dimension: n, mean E, mean P, gap, SD of gaps, paired t, df,
two-sided p, 95% CI, shares below/meets/above (tolerance 0), Cronbach's alpha (E and P),
mean normalised weight; overall: unweighted and weighted gap, share of respondents per
level. Prefers pandas for reading; falls back to csv + numpy when pandas is missing.
"""
import csv
import json
import math
import sys
import time

import numpy as np
from scipy import stats

DIMENSIONS = [
    ("tangibles", "Tangibles", range(1, 5)),
    ("reliability", "Reliability", range(5, 10)),
    ("responsiveness", "Responsiveness", range(10, 14)),
    ("assurance", "Assurance", range(14, 18)),
    ("empathy", "Empathy", range(18, 23)),
]
SCALE_MIN, SCALE_MAX = 1.0, 7.0

try:
    import pandas as pd  # noqa: F401
    READER = "pandas"
except ImportError:
    READER = "csv+numpy (pandas is not installed)"


def to_number(text):
    try:
        value = float(text)
    except ValueError:
        return math.nan
    return value if SCALE_MIN <= value <= SCALE_MAX else math.nan


def read_columns(path, names):
    """Returns {header: float array}, NaN where blank, non-numeric or out of range."""
    if READER == "pandas":
        frame = pd.read_csv(path, encoding="utf-8-sig", usecols=names, dtype=str)
        out = {}
        for name in names:
            values = pd.to_numeric(frame[name], errors="coerce").to_numpy(dtype=float)
            if not name.startswith("Weight"):
                values[(values < SCALE_MIN) | (values > SCALE_MAX)] = np.nan
            out[name] = values
        return out
    with open(path, newline="", encoding="utf-8-sig") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        index = [header.index(name) for name in names]
        rows = [[row[i] if i < len(row) else "" for i in index] for row in reader]
    out = {}
    for k, name in enumerate(names):
        if name.startswith("Weight"):
            out[name] = np.array([float(r[k]) if r[k].strip() else math.nan for r in rows])
        else:
            out[name] = np.array([to_number(r[k]) if r[k].strip() else math.nan for r in rows])
    return out


def share(gaps):
    n = len(gaps)
    if n == 0:
        return None
    return {
        "below": float(np.sum(gaps < 0)) / n,
        "meets": float(np.sum(gaps == 0)) / n,
        "above": float(np.sum(gaps > 0)) / n,
    }


def paired(gaps):
    n = len(gaps)
    out = {"n": n, "gap": float(np.mean(gaps)) if n else None}
    if n >= 2:
        sd = float(np.std(gaps, ddof=1))
        out["sdGap"] = sd
        if sd > 0:
            se = sd / math.sqrt(n)
            t = out["gap"] / se
            out.update(t=t, df=n - 1, p=float(2 * stats.t.sf(abs(t), n - 1)))
            half = float(stats.t.ppf(0.975, n - 1)) * se
            out["ci95"] = [out["gap"] - half, out["gap"] + half]
    out["share"] = share(gaps)
    return out


def alpha(matrix):
    """Cronbach's alpha over rows complete on every column."""
    complete = matrix[~np.isnan(matrix).any(axis=1)]
    k = matrix.shape[1]
    if k < 2 or len(complete) < 2:
        return None
    total_var = np.var(complete.sum(axis=1), ddof=1)
    if total_var == 0:
        return None
    return float(k / (k - 1) * (1 - np.var(complete, axis=0, ddof=1).sum() / total_var))


def analyse(path):
    names = [f"E{i}" for i in range(1, 23)] + [f"P{i}" for i in range(1, 23)]
    names += [f"Weight {label}" for _, label, _ in DIMENSIONS]
    col = read_columns(path, names)
    e = np.column_stack([col[f"E{i}"] for i in range(1, 23)])
    p = np.column_stack([col[f"P{i}"] for i in range(1, 23)])
    answered = ~(np.isnan(e).all(axis=1) & np.isnan(p).all(axis=1))
    e, p = e[answered], p[answered]
    w = np.column_stack([col[f"Weight {label}"] for _, label, _ in DIMENSIONS])[answered]
    g = p - e

    items = []
    for i in range(22):
        valid = ~np.isnan(g[:, i])
        row = {"item": str(i + 1), "meanE": float(np.mean(e[valid, i])), "meanP": float(np.mean(p[valid, i]))}
        row.update(paired(g[valid, i]))
        items.append(row)

    dimensions, respondent_dim_gaps = [], []
    for dim_id, _, members in DIMENSIONS:
        idx = [i - 1 for i in members]
        with np.errstate(invalid="ignore"):
            per_respondent = np.nanmean(g[:, idx], axis=1)
        respondent_dim_gaps.append(per_respondent)
        valid = ~np.isnan(per_respondent)
        row = {
            "dimension": dim_id,
            "meanE": float(np.mean([items[i]["meanE"] for i in idx])),
            "meanP": float(np.mean([items[i]["meanP"] for i in idx])),
        }
        stats_row = paired(per_respondent[valid])
        stats_row["gap"] = float(np.mean([items[i]["gap"] for i in idx]))
        row.update(stats_row)
        row["alphaE"] = alpha(e[:, idx])
        row["alphaP"] = alpha(p[:, idx])
        dimensions.append(row)

    has_weights = ~np.isnan(w).all(axis=1)
    points = np.nan_to_num(w[has_weights])
    totals = points.sum(axis=1)
    normalised = points[totals > 0] / totals[totals > 0, None]
    mean_weights = normalised.mean(axis=0)
    for d, row in enumerate(dimensions):
        row["weight"] = float(mean_weights[d])

    with np.errstate(invalid="ignore"):
        sq = np.nanmean(np.column_stack(respondent_dim_gaps), axis=1)
    sq = sq[~np.isnan(sq)]
    overall = {
        "unweightedGap": float(np.mean([d["gap"] for d in dimensions])),
        "weightedGap": float(sum(d["weight"] * d["gap"] for d in dimensions)),
        "n": int(len(sq)),
        "share": share(sq),
    }
    return {"reader": READER, "items": items, "dimensions": dimensions, "overall": overall}


def main():
    started = time.perf_counter()
    result = analyse(sys.argv[1])
    result["seconds"] = time.perf_counter() - started
    text = json.dumps(result, indent=1)
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        print(text)


if __name__ == "__main__":
    main()
