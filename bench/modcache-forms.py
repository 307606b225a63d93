#!/usr/bin/env python3
"""Measure the two forms a module-cache layer could store, with a real go offline:

  extracted   all of GOMODCACHE: extracted module trees plus cache/download with
              its .ziphash files (what archive mode saves today)
  download    only GOMODCACHE/cache/download's .zip, .mod and .info files (no
              .ziphash, no extracted trees): what the layered planner saves

For each form: the bytes on disk, the bytes of a `tar --zstd` archive (what the
cache service stores), the restore (untar) time and the time of `go build ./...`
right after the restore with a warm GOCACHE (so the difference is the module
cache alone: the download form re-hashes every zip against go.sum and extracts
it). Then each form is tampered with: one .go file changed inside a module, to
see whether the go command notices.

Modules: the repository's vendor/ tree (vendor/modules.txt) is turned into a
GOPROXY=file:// folder (one zip per module holding its vendored packages, a
minimal go.mod), the repository is built once without vendor/ from that proxy
(GOFLAGS=-mod=mod GOSUMDB=off) to seed GOMODCACHE, go.sum and GOCACHE.

Usage: modcache-forms.py --repo GITDIR [--rev HEAD] --go GO [--reps 3] [--json OUT]
(e.g. --repo <containerd git dir> --go .tools/go1.27/bin/go). Not part of
`npm run bench`: it needs a vendored repository and takes minutes.
"""
import argparse, json, os, re, shutil, statistics, subprocess, sys, tempfile, time, zipfile


def escape(path):
    return re.sub(r'[A-Z]', lambda m: '!' + m.group(0).lower(), path)


def parse_modules_txt(text):
    modules, cur = [], None
    for line in text.splitlines():
        if line.startswith('# '):
            f = line[2:].split()
            if '=>' in f:
                i = f.index('=>')
                path, version = (f[i + 1], f[i + 2]) if len(f) > i + 2 else (f[0], f[1])
            else:
                path, version = f[0], f[1]
            cur = {'path': path, 'version': version, 'go': '1.16', 'packages': []}
            modules.append(cur)
        elif line.startswith('## ') and cur is not None:
            m = re.search(r'go (\d+\.\d+(?:\.\d+)?)', line)
            if m:
                cur['go'] = m.group(1)
        elif line and not line.startswith('#') and cur is not None:
            cur['packages'].append(line)
    return [m for m in modules if m['packages']]


def write_proxy(src, proxy, modules):
    vendor = os.path.join(src, 'vendor')
    for m in modules:
        path, version = m['path'], m['version']
        # Everything vendored under the module's root, less the trees of nested modules.
        nested = [o['path'] + '/' for o in modules if o['path'].startswith(path + '/')]
        root = os.path.join(vendor, path)
        files = {}
        for d, subdirs, names in os.walk(root):
            rel_dir = os.path.relpath(d, vendor).replace(os.sep, '/') + '/'
            if any(rel_dir.startswith(n) for n in nested):
                subdirs[:] = []
                continue
            for name in names:
                fp = os.path.join(d, name)
                if os.path.isfile(fp) and not os.path.islink(fp):
                    files[os.path.relpath(fp, root)] = fp
        gomod = f'module {path}\n\ngo {m["go"]}\n'
        base = os.path.join(proxy, escape(path), '@v')
        os.makedirs(base, exist_ok=True)
        with open(os.path.join(base, 'list'), 'a') as fh:
            fh.write(version + '\n')
        with open(os.path.join(base, escape(version) + '.mod'), 'w') as fh:
            fh.write(gomod)
        with open(os.path.join(base, escape(version) + '.info'), 'w') as fh:
            json.dump({'Version': version, 'Time': '2026-01-01T00:00:00Z'}, fh)
        with zipfile.ZipFile(os.path.join(base, escape(version) + '.zip'), 'w', zipfile.ZIP_DEFLATED) as z:
            prefix = f'{path}@{version}/'
            z.writestr(prefix + 'go.mod', gomod)
            for rel, fp in sorted(files.items()):
                if rel != 'go.mod':
                    z.write(fp, prefix + rel)


def run(cmd, env=None, cwd=None, check=True):
    t = time.perf_counter()
    p = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True)
    dt = time.perf_counter() - t
    if check and p.returncode != 0:
        sys.exit(f'{" ".join(cmd)} failed ({p.returncode}):\n{p.stderr[-3000:]}')
    return dt, p


def tree_bytes(root, keep):
    total = count = 0
    for d, _, names in os.walk(root):
        for n in names:
            fp = os.path.join(d, n)
            rel = os.path.relpath(fp, root)
            if keep(rel) and os.path.isfile(fp):
                total += os.path.getsize(fp)
                count += 1
    return total, count


def wipe(path):
    if os.path.exists(path):
        subprocess.run(['chmod', '-R', 'u+w', path])
        shutil.rmtree(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--repo', required=True)
    ap.add_argument('--rev', default='HEAD')
    ap.add_argument('--go', required=True)
    ap.add_argument('--reps', type=int, default=3)
    ap.add_argument('--json')
    ap.add_argument('--keep', help='work directory to reuse (seeded on first use)')
    a = ap.parse_args()
    go = os.path.abspath(a.go)
    tmp = a.keep or tempfile.mkdtemp(prefix='modcache-forms-')
    os.makedirs(tmp, exist_ok=True)
    src, work, proxy = (os.path.join(tmp, n) for n in ('src', 'work', 'proxy'))
    seedmod, gocache, mod = (os.path.join(tmp, n) for n in ('seedmod', 'gocache', 'mod'))
    env = dict(os.environ, GOTOOLCHAIN='local', GOSUMDB='off', GOFLAGS='-mod=mod',
               GOCACHE=gocache, GOPROXY='file://' + proxy, GOMODCACHE=seedmod,
               GOTELEMETRY='off', CGO_ENABLED='0', GOWORK='off')
    result = {'repo': a.repo, 'rev': a.rev}
    if not os.path.exists(os.path.join(tmp, 'seeded')):
        for d in (src, work, proxy, seedmod):
            wipe(d)
        os.makedirs(gocache, exist_ok=True)
        os.makedirs(src)
        archive = subprocess.run(['git', '--git-dir', a.repo, 'archive', a.rev], capture_output=True, check=True).stdout
        subprocess.run(['tar', '-x', '-C', src], input=archive, check=True)
        modules = parse_modules_txt(open(os.path.join(src, 'vendor', 'modules.txt')).read())
        write_proxy(src, proxy, modules)
        shutil.copytree(src, work, ignore=shutil.ignore_patterns('vendor'), symlinks=True)
        os.remove(os.path.join(work, 'go.sum'))
        seconds, _ = run([go, 'build', './...'], env=env, cwd=work)
        open(os.path.join(tmp, 'seed.json'), 'w').write(json.dumps({'modules': len(modules), 'cold_build_s': seconds}))
        open(os.path.join(tmp, 'seeded'), 'w').write('')
    result.update(json.load(open(os.path.join(tmp, 'seed.json'))))

    junk = re.compile(r'(\.ziphash|\.lock|\.partial|\.tmp[^/]*)$')
    forms = {
        'extracted': lambda rel: not rel.startswith(('cache/download/sumdb', 'cache/vcs')),
        'download': lambda rel: rel.startswith('cache/download/') and not rel.startswith('cache/download/sumdb')
        and not junk.search(rel) and rel.endswith(('.zip', '.mod', '.info')),
    }
    env_build = dict(env, GOMODCACHE=mod, GOPROXY='off')
    result['forms'] = {}
    warmed = False
    for name, keep in forms.items():
        raw, files = tree_bytes(seedmod, keep)
        listing = os.path.join(tmp, name + '.list')
        with open(listing, 'w') as fh:
            for d, _, names in os.walk(seedmod):
                for n in names:
                    rel = os.path.relpath(os.path.join(d, n), seedmod)
                    if keep(rel):
                        fh.write(rel + '\n')
        archive = os.path.join(tmp, name + '.tar.zst')
        run(['tar', '--zstd', '-cf', archive, '-C', seedmod, '-T', listing])
        restore, build = [], []
        if not warmed:
            # Compile actions record source paths: warm GOCACHE for GOMODCACHE=mod once, untimed.
            wipe(mod)
            os.makedirs(mod)
            run(['tar', '--zstd', '-xf', archive, '-C', mod])
            run([go, 'build', './...'], env=env_build, cwd=work)
            warmed = True
        for _ in range(a.reps):
            wipe(mod)
            os.makedirs(mod)
            t, _ = run(['tar', '--zstd', '-xf', archive, '-C', mod])
            restore.append(t)
            t, _ = run([go, 'build', './...'], env=env_build, cwd=work)
            build.append(t)
        result['forms'][name] = {
            'files': files, 'bytes': raw, 'archive_bytes': os.path.getsize(archive),
            'restore_s': restore, 'build_s': build,
            'restore_median_s': statistics.median(restore), 'build_median_s': statistics.median(build),
        }

    # Tampering: change one .go file of one module in each form, then build.
    result['tamper'] = {}
    victim = next(m for m in sorted(os.listdir(os.path.join(seedmod, 'cache', 'download', 'github.com')))
                  if m not in ('!microsoft',))
    for name in forms:
        wipe(mod)
        os.makedirs(mod)
        run(['tar', '--zstd', '-xf', os.path.join(tmp, name + '.tar.zst'), '-C', mod])
        zips = sorted(os.path.join(d, n) for d, _, ns in os.walk(os.path.join(mod, 'cache', 'download', 'github.com', victim))
                      for n in ns if n.endswith('.zip'))
        target = zips[0]
        rel = os.path.relpath(target, os.path.join(mod, 'cache', 'download'))
        if name == 'download':
            tampered = target + '.new'
            with zipfile.ZipFile(target) as zin, zipfile.ZipFile(tampered, 'w', zipfile.ZIP_DEFLATED) as zout:
                done = False
                for item in zin.infolist():
                    data = zin.read(item.filename)
                    if not done and item.filename.endswith('.go'):
                        data += b'\n// tampered\n'
                        done = item.filename
                    zout.writestr(item, data)
            os.replace(tampered, target)
        else:
            modpath = rel.split('/@v/')[0]
            version = os.path.basename(target)[:-4]
            tree = os.path.join(mod, modpath + '@' + version)
            gofile = next(os.path.join(d, n) for d, _, ns in os.walk(tree) for n in sorted(ns) if n.endswith('.go'))
            os.chmod(gofile, 0o644)
            with open(gofile, 'a') as fh:
                fh.write('\n// tampered\n')
            done = os.path.relpath(gofile, mod)
        _, p = run([go, 'build', './...'], env=env_build, cwd=work, check=False)
        result['tamper'][name] = {'changed': done, 'exit': p.returncode, 'stderr': p.stderr.strip()[-400:]}
    wipe(mod)
    if not a.keep:
        wipe(tmp)
    txt = json.dumps(result, indent=1)
    if a.json:
        open(a.json, 'w').write(txt)
    print(txt)


if __name__ == '__main__':
    main()
