/** A small Go module for the cacheprog tests, dated so that cmd/go's counts are deterministic. */
import { mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** A module of library packages with no standard-library imports, so a cold build stays cheap. */
export function writeLibraryModule(dir: string): void {
  const files: Record<string, string> = {
    'go.mod': 'module example.com/m\n\ngo 1.24\n',
    'a/a.go': 'package a\n\nfunc A() int { return 1 }\n',
    'b/b.go': 'package b\n\nimport "example.com/m/a"\n\nfunc B() int { return a.A() + 1 }\n',
    'c/c.go': 'package c\n\nfunc C() string { return "c" }\n',
    'd/d.go': 'package d\n\nimport "example.com/m/c"\n\nfunc D() string { return c.C() + "d" }\n'
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
  ageSources(dir)
}

/**
 * cmd/go does not cache its index of a package directory whose files changed in
 * the last moments, so a build right after writing them puts new objects on the
 * next build. Dating the sources in the past keeps the counts deterministic.
 */
export function ageSources(dir: string): void {
  const past = new Date(Date.now() - 3600_000)
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    utimesSync(path.join(dir, name), past, past)
  }
  utimesSync(dir, past, past)
}
