# shellcheck shell=bash
# Source this file (`. scripts/tools-env.sh`) to export GO_CI_KIT_TOOLS, the absolute path of
# the tools folder that scripts/install-tools.sh fills (<repo>/.tools). It changes nothing else:
# no PATH edits, no shell options, no other variables (see the layout at the top of
# scripts/install-tools.sh). Works in bash and zsh; in plain sh, source it from the repo root.
if [ -n "${BASH_SOURCE:-}" ]; then
  __go_ci_kit_env="$BASH_SOURCE"
elif [ -n "${ZSH_VERSION:-}" ]; then
  eval '__go_ci_kit_env=${(%):-%x}'
else
  __go_ci_kit_env="./scripts/tools-env.sh"
fi
if [ -f "$__go_ci_kit_env" ]; then
  GO_CI_KIT_TOOLS="$(cd "$(dirname "$__go_ci_kit_env")/.." && pwd -P)/.tools"
  export GO_CI_KIT_TOOLS
  unset __go_ci_kit_env
else
  unset __go_ci_kit_env
  echo "tools-env.sh: cannot locate the repository; source it with bash, or from the repo root" >&2
  return 1 2>/dev/null || exit 1
fi
