"""The small pass/fail tally the end-to-end test scripts share. Each script
ends with `sys.exit(checks.finish("name"))`, which prints the plain summary
line 'name: N passed, N failed' and returns the exit code."""

passed = 0
failed = 0


def check(name, condition, detail=""):
    """Counts one check; prints what failed and why."""
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print(f"FAIL {name}: {str(detail)[:400]}")


def finish(suite):
    print(f"{suite}: {passed} passed, {failed} failed")
    return 1 if failed else 0
