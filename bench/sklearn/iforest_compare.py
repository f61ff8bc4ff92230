#!/usr/bin/python3
"""scikit-learn's IsolationForest on the same features and protocol as GeoAnomaly's isolation-forest detector.

1. Tohoku (accuracy): 1 Hz areal strain at B084 during the 2011 Tohoku earthquake. Features per sample t from the
   trailing window of w = 60 samples x[t-59..t]:
       diff      = x[t] - x[t-1]
       std       = sqrt(sum((x - mean)^2) / w)       (population standard deviation, the current sample included)
       deviation = x[t] - mean,  mean = sum(x[t-59..t]) / w
   A vector exists from t = 59 on (no gaps in this file). Reference window: the first 1,440 vectors (t = 59..1,498,
   all preseismic); fit IsolationForest(n_estimators=100, max_samples=256, random_state=SEED) on it, score the rest
   (t >= 1,499) with s = -score_samples (the paper's score, higher = more anomalous) and print the ROC AUC against
   epoch (preseismic = 0, seismic = 1) and the fit + score time.
   With --features FILE (written by the C# test Seismic_waves_in_Tohoku_strain_score_above_the_preseismic_noise, path
   printed in its output), also compares those C# features with the ones built here and fits scikit-learn on them.
2. Streaming job (speed): a 30-day minute series (43,200 samples: daily sine + AR(1) noise), the same features, and
   the detector's default schedule: at every midnight (each 1,440th sample from the second day on) fit on the valid
   vectors of the last 1,440 samples, then score the next 1,440 samples. Prints the time and samples per second,
   to set beside bench/GeoAnomaly.Benchmarks' IsolationForestBenchmarks.

Run with Debian's scikit-learn:  apt-get install -y python3-sklearn;  /usr/bin/python3 bench/sklearn/iforest_compare.py
"""
import argparse
import csv
import os
import sys
import time

import numpy as np
import sklearn
from sklearn.ensemble import IsolationForest
from sklearn.metrics import roc_auc_score

WINDOW = 60
REFERENCE = 1440
DATA = os.path.join("shared", "data", "series", "strain-tohoku-2011", "tohoku_strain_1hz.csv")


def find_data():
    """Walks up from this script's folder to the first folder that holds shared/data."""
    folder = os.path.dirname(os.path.abspath(__file__))
    while True:
        candidate = os.path.join(folder, DATA)
        if os.path.exists(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            sys.exit(f"{DATA} not found above {os.path.dirname(os.path.abspath(__file__))}; pass --csv")
        folder = parent


def features(x, w=WINDOW):
    """diff, std, deviation per sample (rows before t = w - 1, or with a NaN in the window, are NaN)."""
    n = len(x)
    out = np.full((n, 3), np.nan)
    if n < w:
        return out
    windows = np.lib.stride_tricks.sliding_window_view(x, w)  # row k = x[k .. k+w-1], ends at t = k + w - 1
    mean = windows.sum(axis=1) / w
    std = np.sqrt(((windows - mean[:, None]) ** 2).sum(axis=1) / w)
    t = np.arange(w - 1, n)
    out[t, 0] = x[t] - x[t - 1]
    out[t, 1] = std
    out[t, 2] = x[t] - mean
    return out


def load_tohoku(path):
    with open(path, newline="") as f:
        rows = list(csv.DictReader(f))
    x = np.array([float(r["areal"]) for r in rows])
    seismic = np.array([r["epoch"] == "seismic" for r in rows], dtype=int)
    return x, seismic


def tohoku(path, seeds, csharp_features):
    x, seismic = load_tohoku(path)
    f = features(x)
    valid = np.where(~np.isnan(f).any(axis=1))[0]
    train, test = valid[:REFERENCE], valid[REFERENCE:]
    print(f"Tohoku areal strain: {len(x)} samples, reference t = {train[0]}..{train[-1]}, "
          f"{len(test)} scored ({seismic[test].sum()} seismic)")
    aucs = []
    for seed in seeds:
        start = time.perf_counter()
        forest = IsolationForest(n_estimators=100, max_samples=256, random_state=seed).fit(f[train])
        score = -forest.score_samples(f[test])
        elapsed = time.perf_counter() - start
        auc = roc_auc_score(seismic[test], score)
        aucs.append(auc)
        print(f"  scikit-learn {sklearn.__version__}, random_state={seed}: ROC AUC {auc:.4f}, fit + score {elapsed * 1000:.1f} ms")
    if len(seeds) > 1:
        print(f"  ROC AUC over {len(seeds)} seeds: min {min(aucs):.4f}, mean {np.mean(aucs):.4f}, max {max(aucs):.4f}")

    if csharp_features:
        with open(csharp_features, newline="") as file:
            rows = list(csv.DictReader(file))
        index = np.array([int(r["index"]) for r in rows])
        theirs = np.array([[float(r["diff"]), float(r["std"]), float(r["deviation"])] for r in rows])
        same_rows = np.array_equal(index, valid)
        diff = np.abs(theirs - f[index]).max() if len(index) else float("nan")
        print(f"  C# features {csharp_features}: rows {'match' if same_rows else 'DIFFER'}, largest difference {diff:.3g}")
        forest = IsolationForest(n_estimators=100, max_samples=256, random_state=seeds[0]).fit(theirs[:REFERENCE])
        auc = roc_auc_score(seismic[index[REFERENCE:]], -forest.score_samples(theirs[REFERENCE:]))
        print(f"  scikit-learn on the C# features, random_state={seeds[0]}: ROC AUC {auc:.4f}")


def streaming_job(days=30, seed=0):
    n = days * 1440
    rng = np.random.default_rng(seed)
    red = np.zeros(n)
    noise = rng.standard_normal(n)
    for i in range(1, n):
        red[i] = 0.98 * red[i - 1] + 0.2 * noise[i]
    x = 10 * np.sin(2 * np.pi * np.arange(n) / 1440) + red + 0.5 * rng.standard_normal(n)

    start = time.perf_counter()
    f = features(x)
    valid = ~np.isnan(f).any(axis=1)
    scored = 0
    fits = 0
    for at in range(1440, n, 1440):
        window = np.arange(at - 1439, at + 1)
        train = f[window[valid[window]]]
        forest = IsolationForest(n_estimators=100, max_samples=256, random_state=seed).fit(train)
        fits += 1
        rows = np.arange(at, min(at + 1440, n))
        rows = rows[valid[rows]]
        forest.score_samples(f[rows])
        scored += len(rows)
    elapsed = time.perf_counter() - start
    print(f"Streaming job, {days} days of minutes ({n} samples): {fits} fits, {scored} samples scored, "
          f"features + fits + scores {elapsed:.2f} s = {n / elapsed:,.0f} samples/s (single thread)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--csv", help="the Tohoku CSV (default: found above this script)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4], help="random_state values (default 0..4)")
    parser.add_argument("--features", help="C# feature CSV to compare (written by the C# Tohoku test)")
    parser.add_argument("--skip-streaming", action="store_true", help="skip the 30-day timing job")
    args = parser.parse_args()
    tohoku(args.csv or find_data(), args.seeds, args.features)
    if not args.skip_streaming:
        streaming_job()


if __name__ == "__main__":
    main()
