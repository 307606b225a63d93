import { ConfigurationError } from '../../core/errors.js'
import type { Command } from '../command.js'

// Placeholder until the capability lands; see the issue for `go-ci-kit explain`.
export const explainCommand: Command = {
  name: 'explain',
  summary: 'explain',
  help: 'Usage: go-ci-kit explain [--json]\n\nNot implemented yet.',
  async run() {
    throw new ConfigurationError('go-ci-kit explain is not implemented yet')
  }
}
