#!/usr/bin/env python3
"""Splits the Java samples of a flight recording by what they were doing under one frame
   (docs/performance.md, "Ingest speed, fifth pass"; ADR 0046). Record with
   scripts/bench-chronology.sh --only=ingest --jfr=max (samples every 1 ms, whole stacks), then:
     jfr print --stack-depth 512 --events jdk.ExecutionSample target/bench/app-PORT.jfr > samples.txt
     scripts/jfr-share.py samples.txt EventFeedController.receive      # the feed's request, by callee
     scripts/jfr-share.py samples.txt EventFeed.write 20               # one level down, 20 rows
   For each sample whose stack holds the frame (a method name ending the frame, outermost occurrence),
   prints the share of those samples under each method the frame called directly, and under itself."""

import collections, re, sys

FRAME = re.compile(r'^\s+([\w.$<>/]+)\(')


def stacks(path):
    """Each sample's frames, innermost first."""
    stack, inside = [], False
    for line in open(path, errors='replace'):
        if line.startswith('jdk.ExecutionSample'):
            if stack:
                yield stack
            stack, inside = [], False
        elif 'stackTrace = [' in line:
            inside = True
        elif inside:
            m = FRAME.match(line)
            if m:
                stack.append(m.group(1))
            elif line.strip().startswith(']'):
                inside = False
    if stack:
        yield stack


def main():
    path, frame = sys.argv[1], sys.argv[2]
    rows = int(sys.argv[3]) if len(sys.argv) > 3 else 15
    callees, under, total = collections.Counter(), 0, 0
    for stack in stacks(path):
        total += 1
        at = [i for i, f in enumerate(stack) if f.endswith(frame)]
        if not at:
            continue
        under += 1
        outer = max(at)
        callees[stack[outer - 1] if outer > 0 else '(the frame itself)'] += 1
    if under == 0:
        sys.exit(f'no sample of {total} holds {frame}')
    print(f'{frame}: {under} of {total} samples')
    for callee, n in callees.most_common(rows):
        print(f'  {100 * n / under:5.1f}%  {callee}')


if __name__ == '__main__':
    main()
