#!/usr/bin/env python3
"""Model a layered module cache on the same replay as ../shared/bench/replay.py
(which it imports, read-only, for the corpus loader and the module-need model).

Layered design, keyed from `go-ci-kit key --cache mod --json` per commit:
  base   <ladder>base-<d>        a full, pruned module cache, refreshed rarely;
                                 restored with the prefix <ladder>base- (newest)
  delta  <ladder>delta-<b>-<d>   only the module versions the base lacks, keyed by
                                 the base it sits on and the exact module set (<d>
                                 is our key's module-set segment); restored exactly,
                                 else the newest delta on the same base
<ladder> is our key's last restore key (`go-mod-<OS>-`).

A run restores base and delta, downloads what both lack, and saves only when it
downloaded something (as project-smart does). It then refreshes the base (saves
`need` as a new base) when the base holds more than ALPHA*|need| versions the
commit no longer needs, or lacks more than BETA*|need|; otherwise it saves a
delta of need minus base. Restoring base+delta gives |need| + |base - need|
entries, so ALPHA bounds the restored size at (1 + ALPHA) * |need|.

Usage: replay-layered.py --corpus FILE.jsonl.gz --project-cmd 'CMD {dir}'
                         [--alpha 0.1] [--beta 0.25] [--replay-dir DIR] [--json OUT]
"""
import argparse, json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor


def load_replay(replay_dir):
    sys.path.insert(0, replay_dir)
    import replay  # noqa: E402  (../shared/bench/replay.py, used read-only)
    return replay


def project_keys(commits, files, blobs, cmd, workers=2):
    """Runs the project command once per commit on a sparse checkout, two at a time."""
    tmp = tempfile.mkdtemp(prefix='replay-layered-')

    def one(c):
        d = os.path.join(tmp, c[:12])
        for p, b in files[c].items():
            fp = os.path.join(d, p)
            os.makedirs(os.path.dirname(fp), exist_ok=True)
            with open(fp, 'wb') as fh:
                fh.write(blobs.get(b))
        os.makedirs(d, exist_ok=True)
        out = subprocess.run(cmd.replace('{dir}', d), shell=True, capture_output=True, text=True)
        subprocess.run(['rm', '-rf', d])
        if out.returncode != 0:
            raise SystemExit(f'project command failed at {c}: {out.stderr[-500:]}')
        j = json.loads(out.stdout)
        return c, j['key'], (j.get('restoreKeys') or [j['key'].rsplit('-', 1)[0] + '-'])[-1]

    try:
        with ThreadPoolExecutor(workers) as pool:
            return {c: (k, ladder) for c, k, ladder in pool.map(one, commits)}
    finally:
        subprocess.run(['rm', '-rf', tmp])


class Store:
    """actions/cache: immutable entries, exact key or the newest entry with a prefix."""

    def __init__(self):
        self.entries, self.order = {}, []

    def exact(self, key):
        return self.entries.get(key)

    def newest(self, prefix):
        for k in reversed(self.order):
            if k.startswith(prefix):
                return k
        return None

    def save(self, key, content):
        if key in self.entries:
            return False
        self.entries[key] = frozenset(content)
        self.order.append(key)
        return True


def simulate(commits, needs, keys, alpha, beta):
    store = Store()
    st = dict(runs=0, downloads=0, saves=0, base_saves=0, delta_saves=0, saved_entries_total=0,
              base_entries_uploaded=0, delta_entries_uploaded=0, exact_delta=0, final_cache_entries=0)
    for c in commits:
        need = needs[c]
        key, ladder = keys[c]
        digest = key[len(ladder):]
        st['runs'] += 1
        base_key = store.newest(ladder + 'base-')
        base = store.entries[base_key] if base_key else frozenset()
        base_id = base_key[len(ladder + 'base-'):] if base_key else 'none'
        delta_key = f'{ladder}delta-{base_id}-{digest}'
        delta = store.exact(delta_key)
        if delta is not None:
            st['exact_delta'] += 1
        else:
            newest_delta = store.newest(f'{ladder}delta-{base_id}-')
            delta = store.entries[newest_delta] if newest_delta else frozenset()
        missing = need - base - delta
        st['downloads'] += len(missing)
        if missing:
            stale, lacking = len(base - need), len(need - base)
            if not base_key or stale > alpha * len(need) or lacking > beta * len(need):
                if store.save(f'{ladder}base-{digest}', need):
                    st['saves'] += 1
                    st['base_saves'] += 1
                    st['saved_entries_total'] += len(need)
                    st['base_entries_uploaded'] += len(need)
            else:
                content = need - base
                if store.save(delta_key, content):
                    st['saves'] += 1
                    st['delta_saves'] += 1
                    st['saved_entries_total'] += len(content)
                    st['delta_entries_uploaded'] += len(content)
    # What the last commit's run would restore now: the newest base and its delta for this commit.
    key, ladder = keys[commits[-1]]
    base_key = store.newest(ladder + 'base-')
    base_id = base_key[len(ladder + 'base-'):]
    exact_delta = f'{ladder}delta-{base_id}-{key[len(ladder):]}'
    delta_key = exact_delta if exact_delta in store.entries else store.newest(f'{ladder}delta-{base_id}-')
    st['final_cache_entries'] = len(store.entries[base_key]) + (len(store.entries[delta_key]) if delta_key else 0)
    return st


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--corpus', required=True)
    ap.add_argument('--project-cmd', required=True, help="prints `key --json`; {dir} is a sparse checkout")
    ap.add_argument('--commits', type=int, default=300)
    ap.add_argument('--alpha', type=float, default=0.1)
    ap.add_argument('--beta', type=float, default=0.25)
    ap.add_argument('--replay-dir', default=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'shared', 'bench'))
    ap.add_argument('--json')
    a = ap.parse_args()
    replay = load_replay(os.path.abspath(a.replay_dir))
    commits, files, blobs = replay.load_corpus(a.corpus)
    commits = commits[-a.commits:]
    needs = {}
    for c in commits:
        need = set()
        for p, b in files[c].items():
            if p.endswith('go.sum'):
                need |= replay.sum_set(blobs.get(b))
        needs[c] = frozenset(need)
    floor = len(set().union(*needs.values()))
    keys = project_keys(commits, files, blobs, a.project_cmd)
    st = simulate(commits, needs, keys, a.alpha, a.beta)
    st['downloads_over_floor'] = round(st['downloads'] / floor, 3)
    results = {'commits': len(commits), 'floor_downloads': floor, 'last_need': len(needs[commits[-1]]),
               'alpha': a.alpha, 'beta': a.beta, 'layered': st}
    txt = json.dumps(results, indent=1)
    if a.json:
        with open(a.json, 'w') as fh:
            fh.write(txt)
    print(txt)


if __name__ == '__main__':
    main()
