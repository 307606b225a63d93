import { ConfigurationError } from '../../core/errors.js'
import type { Command } from '../command.js'

// Placeholder until the capability lands; see the issue for `go-ci-kit vuln`.
export const vulnCommand: Command = {
  name: 'vuln',
  summary: 'vuln',
  help: 'Usage: go-ci-kit vuln [--json]\n\nNot implemented yet.',
  async run() {
    throw new ConfigurationError('go-ci-kit vuln is not implemented yet')
  }
}
