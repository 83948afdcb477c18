# bash completion for wiclint (installed as share/bash-completion/completions/wiclint).
# tests/packaging/completions.sh checks that it offers every option `wiclint --help` lists.

_wiclint() {
  local cur prev words cword
  if declare -F _init_completion >/dev/null; then
    _init_completion -s || return
  else
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
  fi

  local cmd="" i
  for ((i = 1; i < cword; i++)); do
    case "${words[i]}" in
      claims|check|rules) cmd="${words[i]}"; break ;;
    esac
  done

  local formats="text json sarif junit html markdown"
  case "$prev" in
    --format)
      if [[ $cmd == claims ]]; then formats="text json jsonl"; fi
      COMPREPLY=($(compgen -W "$formats" -- "$cur")); return ;;
    --fail-on) COMPREPLY=($(compgen -W "error warning note never" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --report)
      COMPREPLY=($(compgen -S = -W "$formats" -- "$cur")); compopt -o nospace 2>/dev/null; return ;;
    --corpus) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    --cache) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -j|--jobs) return ;;
    -o|--output|--baseline|--write-baseline|--config|--kb)
      COMPREPLY=($(compgen -f -- "$cur")); return ;;
  esac

  local kb_opts="--config --kb --no-default-kb --allow-outside-kb"
  local run_opts="-j --jobs --cache --no-cache"
  local out_opts="--format -o --output --report --fail-on -q --quiet --color --baseline --write-baseline"
  local opts
  case "$cmd" in
    claims) opts="-h --help --format $kb_opts $run_opts" ;;
    check) opts="-h --help --corpus $out_opts $kb_opts $run_opts" ;;
    rules) opts="-h --help" ;;
    *) opts="-h --help --version $out_opts $kb_opts $run_opts" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  elif [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "claims check rules" -- "$cur") $(compgen -f -- "$cur"))
  elif [[ $cmd != rules ]]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _wiclint wiclint
