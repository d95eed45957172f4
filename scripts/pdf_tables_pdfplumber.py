#!/usr/bin/env python3
"""Baseline for `yusuan bench pdf`: extract the tables of the given PDFs with pdfplumber.

Usage: pdf_tables_pdfplumber.py [--rounds N] FILE.pdf...
Prints one JSON line: {"pages": P, "tables": T, "cells": C, "seconds": S} (S excludes interpreter start-up).
"""
import json
import sys
import time

import pdfplumber


def main(argv):
    rounds = 1
    if len(argv) > 1 and argv[0] == "--rounds":
        rounds, argv = int(argv[1]), argv[2:]
    pages = tables = cells = 0
    start = time.perf_counter()
    for _ in range(rounds):
        for path in argv:
            with pdfplumber.open(path) as pdf:
                for page in pdf.pages:
                    pages += 1
                    for table in page.extract_tables():
                        tables += 1
                        cells += sum(1 for row in table for cell in row if cell not in (None, ""))
    print(json.dumps({"pages": pages, "tables": tables, "cells": cells, "seconds": time.perf_counter() - start}))


if __name__ == "__main__":
    main(sys.argv[1:])
