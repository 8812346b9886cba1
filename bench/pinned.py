#!/usr/bin/env python3
"""Exit 0 when every package of bench/requirements.txt is installed at its pinned version;
otherwise name what differs on stderr and exit 1 (bench/run and .ci/run then pip install -r)."""
import os
import sys
from importlib import metadata

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    wrong = []
    with open(os.path.join(HERE, "requirements.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            name, _, version = line.partition("==")
            try:
                have = metadata.version(name)
            except metadata.PackageNotFoundError:
                have = None
            if have != version:
                wrong.append(f"{name}: want {version}, have {have or 'none'}")
    for w in wrong:
        print(w, file=sys.stderr)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
