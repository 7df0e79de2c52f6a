#!/usr/bin/env python3
"""Every file the `stakemap` command line writes is replaced safely: when the
write fails (a file-size limit, a full disk on a small tmpfs, a missing
folder) the command exits non-zero, says so, and leaves the old file
byte-identical with no temporary file beside it. Each case is also run
without the obstacle, to show the command really writes that file.

Run: test_write_failures.py path/to/stakemap path/to/datasets
"""
import os
import resource
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from checks import check, finish  # noqa: E402

STAKEMAP, DATASETS = sys.argv[1], sys.argv[2]
FORUM = os.path.join(DATASETS, "alliance87-ngo-forum-2017.json")
OLD = b"precious work, not to be lost\n"


def outputs(target):
    """(name, argv, files the command writes) for every command that writes a file."""
    stem = os.path.splitext(target)[0]
    return [
        ("analyze json", ["analyze", FORUM, "--format", "json", "-o", target + ".json"], [target + ".json"]),
        ("analyze csv", ["analyze", FORUM, "--format", "csv", "-o", target + ".csv"], [target + ".csv"]),
        ("gaps md", ["gaps", FORUM, "-o", target + ".md"], [target + ".md"]),
        ("suggest json", ["suggest", FORUM, "--format", "json", "-o", target + ".json"], [target + ".json"]),
        ("whatif md", ["whatif", FORUM, "--add", "ilo,tamkeen", "-o", target + ".md"], [target + ".md"]),
        ("report html", ["report", FORUM, "-o", target + ".html"], [target + ".html"]),
        ("export json", ["export", FORUM, "-o", target + ".json"], [target + ".json"]),
        ("export csv pair", ["export", FORUM, "-o", target + ".csv"], [target + ".csv", stem + ".nodes.csv"]),
        ("export graphml", ["export", FORUM, "-o", target + ".graphml"], [target + ".graphml"]),
        ("export gexf", ["export", FORUM, "-o", target + ".gexf"], [target + ".gexf"]),
        ("export gml", ["export", FORUM, "-o", target + ".gml"], [target + ".gml"]),
        ("export dot", ["export", FORUM, "-o", target + ".dot"], [target + ".dot"]),
        ("export svg", ["export", FORUM, "-o", target + ".svg"], [target + ".svg"]),
        ("export png", ["export", FORUM, "-o", target + ".png"], [target + ".png"]),
        ("generate json", ["generate", "--orgs", "200", "-o", target + ".json"], [target + ".json"]),
    ]


def file_size_limit(limit):
    def apply():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def prepare(files):
    for path in files:
        with open(path, "wb") as f:
            f.write(OLD)


def leftovers(folder):
    return [name for name in os.listdir(folder) if name.startswith(".")]


def check_failure(label, argv, files, folder, **how):
    prepare(files)
    out = subprocess.run([STAKEMAP, *argv], capture_output=True, text=True, **how)
    check(f"{label}: non-zero exit", out.returncode != 0, out.returncode)
    check(f"{label}: says the old file was kept", "left as it was" in out.stderr, out.stderr.strip())
    for path in files:
        check(f"{label}: {os.path.basename(path)} byte-identical", open(path, "rb").read() == OLD)
    check(f"{label}: no temporary file left", not leftovers(folder), leftovers(folder))


def check_success(label, argv, files):
    prepare(files)
    out = subprocess.run([STAKEMAP, *argv], capture_output=True, text=True)
    check(f"{label}: writes without the obstacle", out.returncode == 0, out.stderr)
    for path in files:
        check(f"{label}: {os.path.basename(path)} replaced", open(path, "rb").read() != OLD)


def test_file_size_limit(folder):
    # 512 bytes: larger than what was there, smaller than every output.
    for label, argv, files in outputs(os.path.join(folder, "out")):
        check_failure(f"{label} (file-size limit)", argv, files, folder, preexec_fn=file_size_limit(512))
        check_success(label, argv, files)
        for path in files:
            os.remove(path)


def test_full_disk():
    """A 64 KiB tmpfs holding the old file: the new one cannot fit. Needs root to mount."""
    folder = tempfile.mkdtemp(prefix="stakemap-full-")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder],
                             capture_output=True).returncode == 0 if os.geteuid() == 0 else False
    if not mounted:
        print("SKIP full-disk checks: cannot mount a tmpfs here (not root)")
        os.rmdir(folder)
        return
    try:
        target = os.path.join(folder, "big")
        for label, argv, files in [("report html (full disk)", ["report", FORUM, "-o", target + ".html"], [target + ".html"]),
                                   ("export svg (full disk)", ["export", FORUM, "-o", target + ".svg"], [target + ".svg"])]:
            # Fill the disk up to 8 KiB so the old file is there and the new one cannot fit.
            prepare(files)
            filler = os.path.join(folder, "filler")
            with open(filler, "wb") as f:
                try:
                    f.write(b"x" * (64 * 1024 - 8 * 1024))
                except OSError:
                    pass
            check_failure(label, argv, files, folder)
            os.remove(filler)
    finally:
        subprocess.run(["umount", folder])
        os.rmdir(folder)


def test_missing_folder(folder):
    target = os.path.join(folder, "no-such-folder", "out.json")
    out = subprocess.run([STAKEMAP, "export", FORUM, "-o", target], capture_output=True, text=True)
    check("missing folder: non-zero exit", out.returncode != 0)
    check("missing folder: names the path", target in out.stderr and "cannot create a temporary file" in out.stderr, out.stderr)


def main():
    folder = tempfile.mkdtemp(prefix="stakemap-writes-")
    try:
        test_file_size_limit(folder)
        test_missing_folder(folder)
        test_full_disk()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    sys.exit(finish("write_failures"))


if __name__ == "__main__":
    main()
