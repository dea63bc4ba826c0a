#!/usr/bin/python3
"""The pandas baseline of the grade benchmark: reads a wide response file and the exam's key.csv
and computes ONLY each attempt's total (answers equal to the key, as written) and each question's
facility per form. No notation, no partial credit, no statistics, no rejects: a floor for what a
short script costs on the same file, not a grader.

    /usr/bin/python3 bench/pandas_totals.py KEY.csv RESPONSES.csv
"""
import sys

import pandas as pd


def main():
    key_path, responses_path = sys.argv[1], sys.argv[2]
    key = pd.read_csv(key_path, dtype=str, keep_default_na=False)
    responses = pd.read_csv(responses_path, dtype=str, keep_default_na=False)
    answer_columns = [c for c in responses.columns if c.isdigit()]
    totals = pd.Series(0, index=responses.index)
    facility = {}
    for form, rows in key.groupby("form"):
        expected = dict(zip(rows["position"], rows["answer"]))
        mask = responses["form"] == form
        part = responses.loc[mask, [c for c in answer_columns if c in expected]]
        correct = part.eq(pd.Series({c: expected[c] for c in part.columns}))
        totals.loc[mask] = correct.sum(axis=1)
        facility[form] = correct.mean(axis=0)
    print(f"pandas: {len(responses)} attempts, mean total {totals.mean():.3f}, "
          f"{sum(len(f) for f in facility.values())} facilities")


if __name__ == "__main__":
    main()
