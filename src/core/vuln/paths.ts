/**
 * Maps a frame's position to where the file lives. govulncheck v1.1+ writes
 * filenames relative to the frame's module root; v1.0.x writes absolute paths.
 * Only frames in a main module inside the workspace become repository paths;
 * standard-library frames map to GOROOT and third-party frames to the module
 * cache, and neither is ever annotated.
 */
import path from 'node:path'
import { type MainModule, type ModuleLayout } from './layout.js'
import type { Frame } from './types.js'
import { insideRelative } from '../gomod/index.js'

export type FrameLocation =
  | { kind: 'repo'; path: string; line: number; column?: number; module?: MainModule }
  /** Relative to GOROOT, e.g. `src/net/http/server.go`. */
  | { kind: 'stdlib'; uri: string; line: number; column?: number }
  /** Relative to GOMODCACHE, e.g. `golang.org/x/text@v0.3.0/language/parse.go`. */
  | { kind: 'external'; uri: string; line: number; column?: number }
  /** An absolute path outside the workspace (a main module elsewhere on disk). */
  | { kind: 'outside'; file: string; line: number; column?: number }

export const STDLIB_MODULES = new Set(['stdlib', 'toolchain'])

export function isStdlibFrame(frame: Frame): boolean {
  return STDLIB_MODULES.has(frame.module)
}

/** The main module a frame belongs to, if any: main modules carry no version in source mode. */
export function mainModuleOf(frame: Frame, layout: ModuleLayout): MainModule | undefined {
  if (isStdlibFrame(frame)) return undefined
  if (frame.version && frame.version !== '(devel)') return undefined
  return layout.modules.find(m => m.path === frame.module)
}

export function isMainModuleFrame(frame: Frame, layout: ModuleLayout): boolean {
  if (isStdlibFrame(frame)) return false
  if (mainModuleOf(frame, layout)) return true
  // Without a go.mod to compare against, a frame without a version is the user's code.
  return layout.modules.length === 0 && (!frame.version || frame.version === '(devel)')
}

export function locateFrame(frame: Frame, layout: ModuleLayout): FrameLocation | undefined {
  const position = frame.position
  if (!position?.filename) return undefined
  const filename = position.filename.replace(/\\/g, '/')
  const line = position.line && position.line > 0 ? position.line : 1
  const column = position.column && position.column > 0 ? position.column : undefined
  const absolute = filename.startsWith('/') || /^[A-Za-z]:\//.test(filename)

  if (isStdlibFrame(frame)) {
    if (!absolute)
      return { kind: 'stdlib', uri: `src/${filename.replace(/^src\//, '')}`, line, column }
    const at = filename.lastIndexOf('/src/')
    return {
      kind: 'stdlib',
      uri: at >= 0 ? filename.slice(at + 1) : path.posix.basename(filename),
      line,
      column
    }
  }

  if (isMainModuleFrame(frame, layout)) {
    const module = mainModuleOf(frame, layout)
    const abs = absolute
      ? path.resolve(filename)
      : path.resolve(module?.dir ?? layout.workingDirectory, filename)
    const repoPath = insideRelative(layout.workspace, abs)
    if (repoPath === undefined || repoPath === '')
      return { kind: 'outside', file: abs, line, column }
    return { kind: 'repo', path: repoPath, line, column, module }
  }

  const versioned = frame.version ? `${frame.module}@${frame.version}` : frame.module
  if (!absolute) return { kind: 'external', uri: `${versioned}/${filename}`, line, column }
  const cache = filename.indexOf('/pkg/mod/')
  if (cache >= 0)
    return { kind: 'external', uri: filename.slice(cache + '/pkg/mod/'.length), line, column }
  const vendor = filename.lastIndexOf('/vendor/')
  if (vendor >= 0)
    return {
      kind: 'external',
      uri: `${versioned}/${filename.slice(vendor + '/vendor/'.length + frame.module.length + 1)}`,
      line,
      column
    }
  return { kind: 'external', uri: `${versioned}/${path.posix.basename(filename)}`, line, column }
}

/**
 * The user's call site in a symbol trace: the first frame, walking from the
 * vulnerable symbol towards the entry point, that belongs to a main module.
 * Its position is where it calls the frame before it.
 */
export function userCallSite(
  trace: Frame[],
  layout: ModuleLayout
): { index: number; frame: Frame; callee: Frame } | undefined {
  for (let index = 1; index < trace.length; index++) {
    if (isMainModuleFrame(trace[index], layout))
      return { index, frame: trace[index], callee: trace[index - 1] }
  }
  return undefined
}
