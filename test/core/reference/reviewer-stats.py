#!/usr/bin/env python3
"""Independent reference for test/core/reviewer-stats.test.ts (numpy + scipy, plain loops).

Usage: python3 test/core/reference/reviewer-stats.py
Prints, as JSON, every statistic the test checks for the survey in SURVEY below (the same
rows as the test's table). Nothing here shares code with src/.
"""
import json
import math

import numpy as np
from scipy import stats

NaN = float("nan")
# Dimensions A = items 1-3, B = items 4-5, C = item 6; scale 1-5. Rows: E1..E6, P1..P6.
DIMS = {"A": [0, 1, 2], "B": [3, 4], "C": [5]}
N_ = None
SURVEY = [
    [4, 5, 3, 4, 4, 5,   3, 5, 3, 2, 4, 5],
    [5, 5, 4, 3, 4, 4,   4, 4, 4, 3, 3, 4],
    [3, 4, 4, 5, 5, 3,   3, 3, 2, 4, 5, 3],
    [5, 4, 5, 4, N_, 5,  4, 4, 5, 4, 3, 4],
    [4, 4, 4, 4, 4, 4,   4, 4, 4, 4, 4, 4],
    [2, 3, 5, 5, 4, 4,   3, 3, 3, 3, 4, 5],
    [5, 5, 5, 3, 3, 5,   2, 3, 4, 3, 2, 5],
    [4, N_, 3, 4, 5, 4,  5, 4, 3, 5, 5, 3],
    [3, 3, 3, 2, 3, 3,   3, 2, 1, 2, 4, 3],
    [5, 5, 4, 5, 5, 5,   4, 5, 3, 3, 4, 5],
    [4, 5, 4, 4, 4, N_,  4, 4, 4, 4, 4, N_],
    [N_, 4, 5, 3, 4, 4,  3, 4, 4, 2, 3, 4],
    [5, 3, 4, 4, 5, 5,   5, 3, 2, 4, 4, 5],
    [4, 4, 4, 5, 4, 4,   2, N_, 4, 5, 4, 4],
]
K = 6
E = np.array([[NaN if v is None else v for v in row[:K]] for row in SURVEY], dtype=float)
P = np.array([[NaN if v is None else v for v in row[K:]] for row in SURVEY], dtype=float)


def wilcoxon(d):
    d = np.round(np.asarray(d, dtype=float), 9)
    nz = d[d != 0]
    if len(nz) == 0:
        return None
    res = stats.wilcoxon(d, zero_method="wilcox", correction=False, method="approx")
    r_plus = sum(stats.rankdata(np.abs(nz))[nz > 0])
    n = len(nz)
    ties = np.unique(np.abs(nz), return_counts=True)[1]
    sigma = math.sqrt((n * (n + 1) * (2 * n + 1) - 0.5 * sum(t**3 - t for t in ties)) / 24)
    z = (r_plus - n * (n + 1) / 4) / sigma
    assert abs(abs(z) - abs(res.zstatistic)) < 1e-12
    return {"n": n, "w": float(res.statistic), "z": z, "p": float(res.pvalue),
            "r": abs(z) / math.sqrt(n)}


def dz(values):
    v = np.asarray(values, dtype=float)
    if len(v) < 2 or np.std(v, ddof=1) == 0:
        return None
    return float(np.mean(v) / np.std(v, ddof=1))


def ttest_p(values):
    v = np.asarray(values, dtype=float)
    if len(v) < 2 or np.std(v, ddof=1) == 0:
        return None
    return float(stats.ttest_1samp(v, 0).pvalue)


def holm(ps):
    idx = [i for i, p in enumerate(ps) if p is not None]
    m = len(idx)
    order = sorted(idx, key=lambda i: ps[i])
    out = [None] * len(ps)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * ps[i]))
        out[i] = running
    return out


def alpha(X):
    X = X[~np.isnan(X).any(axis=1)]
    k = X.shape[1]
    if k < 2 or len(X) < 2:
        return None
    total_var = np.var(X.sum(axis=1), ddof=1)
    if total_var == 0:
        return None
    return float(k / (k - 1) * (1 - np.var(X, axis=0, ddof=1).sum() / total_var))


def diagnostics(X):
    Xc = X[~np.isnan(X).any(axis=1)]
    k = X.shape[1]
    out = []
    for i in range(k):
        rest = np.delete(Xc, i, axis=1)
        item_total = None
        if k >= 2 and len(Xc) >= 3:
            x, r = Xc[:, i], rest.sum(axis=1)
            if np.std(x) > 0 and np.std(r) > 0:
                item_total = float(np.corrcoef(x, r)[0, 1])
        aid = alpha(rest) if k - 1 >= 2 else None
        full = alpha(Xc)
        flag = (aid is not None and full is not None and aid - full > 0.02) or (
            item_total is not None and item_total < 0.30)
        out.append({"itemTotal": item_total, "alphaIfDeleted": aid, "flag": bool(flag)})
    return out


result = {"items": [], "dimensions": []}
for i in range(K):
    ok = ~np.isnan(E[:, i]) & ~np.isnan(P[:, i])
    d = P[ok, i] - E[ok, i]
    perc = P[~np.isnan(P[:, i]), i]
    result["items"].append({"item": str(i + 1), "wilcoxon": wilcoxon(d), "dz": dz(d),
                            "p": ttest_p(d), "servperf": float(perc.mean())})
dim_gaps = {}
for name, cols in DIMS.items():
    G = P[:, cols] - E[:, cols]
    counts = (~np.isnan(G)).sum(axis=1)
    g = np.where(counts > 0, np.nansum(G, axis=1) / np.maximum(counts, 1), NaN)
    dim_gaps[name] = g
    v = g[~np.isnan(g)]
    items_servperf = [result["items"][c]["servperf"] for c in cols]
    result["dimensions"].append({
        "dimension": name, "wilcoxon": wilcoxon(v), "dz": dz(v), "p": ttest_p(v),
        "servperf": float(np.mean(items_servperf)),
        "alphaE": alpha(E[:, cols]), "alphaP": alpha(P[:, cols]),
        "diagnosticsE": diagnostics(E[:, cols]), "diagnosticsP": diagnostics(P[:, cols]),
    })
for family in (result["items"], result["dimensions"]):
    for test, key in (("t", "pHolm"), ("w", "wilcoxonPHolm")):
        ps = [m["p"] if test == "t" else (m["wilcoxon"] or {}).get("p") for m in family]
        for m, adj in zip(family, holm(ps)):
            m[key] = adj
D = np.column_stack([dim_gaps[n] for n in DIMS])
dc = (~np.isnan(D)).sum(axis=1)
sq = np.where(dc > 0, np.nansum(D, axis=1) / np.maximum(dc, 1), NaN)
sq = sq[~np.isnan(sq)]
result["overall"] = {
    "wilcoxon": wilcoxon(sq), "dz": dz(sq), "alphaE": alpha(E), "alphaP": alpha(P),
    "servperf": float(np.mean([d["servperf"] for d in result["dimensions"]])),
}
print(json.dumps(result, indent=1))
