import { ConfigurationError } from '../../core/errors.js'
import type { Command } from '../command.js'

// Placeholder until the capability lands; see the issue for `go-ci-kit sarif`.
export const sarifCommand: Command = {
  name: 'sarif',
  summary: 'sarif',
  help: 'Usage: go-ci-kit sarif [--json]\n\nNot implemented yet.',
  async run() {
    throw new ConfigurationError('go-ci-kit sarif is not implemented yet')
  }
}
