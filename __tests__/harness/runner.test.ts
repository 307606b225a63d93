import { describe, expect, it } from '@jest/globals'
import { describeStep, runPostStep, runStep } from './runner.js'

const main = '__tests__/fixtures/echo-action/main.mjs'
const post = '__tests__/fixtures/echo-action/post.mjs'

describe('runner harness', () => {
  it('passes inputs, reads multi-line outputs, state, env, path and summary', async () => {
    const result = await runStep({
      entry: main,
      inputs: { name: 'gopher', multi: 'first\nsecond\nthird' }
    })
    expect(result.exitCode).toBe(0)
    expect(result.outputs.greeting).toBe('hello gopher')
    expect(result.outputs.multi).toBe('first\nsecond\nthird')
    expect(result.state).toEqual({ 'token-for-post': 'abc123', 'multi-state': 'line 1\nline 2' })
    expect(result.exportedEnv.EXPORTED).toBe('yes')
    expect(result.addedPath).toEqual(['/opt/extra/bin'])
    expect(result.summary).toContain('<h1>Summary from main</h1>')
    expect(result.masks).toEqual(['s3cret'])
  })

  it('parses annotations with their properties', async () => {
    const result = await runStep({ entry: main, inputs: { name: 'x' } })
    expect(result.errors).toEqual([
      {
        command: 'error',
        properties: { title: 'Oops: here', file: 'src/a,b.go', line: '3', col: '7' },
        message: 'bad thing, 100%'
      }
    ])
    expect(result.warnings.map(w => w.message)).toEqual(['careful'])
    expect(result.notices.map(n => n.message)).toEqual(['fyi'])
    expect(result.commands.map(c => c.command)).toEqual(
      expect.arrayContaining(['group', 'endgroup', 'add-mask'])
    )
  })

  it('runs the post step with STATE_* from the main step', async () => {
    const mainResult = await runStep({ entry: main, inputs: { name: 'x' } })
    const postResult = await runPostStep(mainResult, post)
    expect(postResult.exitCode).toBe(0)
    expect(postResult.outputs['seen-state']).toBe('abc123')
    expect(postResult.outputs['seen-multi-state']).toBe('line 1\nline 2')
    expect(postResult.stdout).toContain('input still visible in post: x')
  })

  it('reports a failed step with exit code 1 and an error command', async () => {
    const result = await runStep({ entry: main, inputs: { name: 'x', fail: 'true' } })
    expect(result.exitCode).toBe(1)
    expect(result.errors.map(e => e.message)).toContain('asked to fail')
  })

  it('fails a required input the runner way', async () => {
    const result = await runStep({ entry: main, inputs: {} })
    expect(result.exitCode).toBe(1)
    expect(describeStep(result)).toContain('Input required and not supplied: name')
  })
})
