import { describe, expect, it } from '@jest/globals'
import * as face from '../../../src/core/github/index.js'
import * as client from '../../../src/core/github/client.js'
import * as errors from '../../../src/core/github/errors.js'
import * as paginate from '../../../src/core/github/paginate.js'

describe('core/github face', () => {
  it('exports every value of the modules behind it, the same objects as their old paths', () => {
    for (const module of [client, errors, paginate]) {
      for (const [name, value] of Object.entries(module)) {
        expect([name, (face as Record<string, unknown>)[name]]).toEqual([name, value])
      }
    }
  })
})
