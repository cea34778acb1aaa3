#!/usr/bin/env bash
# Instruction counts (callgrind) of the extraction or of indexing on the first 1,000 reports of a
# generated corpus: deterministic, unlike timings on a shared machine. Usage:
#   Evaluation/instructions.sh extract|index [CORPUS.jsonl]
# Prints the total and the inclusive count of the main stages; the callgrind file is kept for
# `callgrind_annotate --tree=calling --inclusive=yes FILE`.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-extract}
corpus=${2:-/tmp/bench-20k.jsonl}
work=$(mktemp -d)
head -1000 "$corpus" > "$work/1k.jsonl"
# valgrind 3.19 cannot read the release binary's DWARF: profile a copy without it (symbols stay).
cp .build/release/fouille "$work/fouille" && strip --strip-debug "$work/fouille"
case "$mode" in
  extract) run=(bench extract "$work/1k.jsonl" --threads 1) ;;
  index) run=(index "$work/1k.jsonl" --db "$work/store.db" --threads 1) ;;
  *) echo "usage: $0 extract|index [CORPUS.jsonl]" >&2; exit 2 ;;
esac
valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "$work/fouille" "${run[@]}" \
  --lexicons Lexicons --no-default-lexicons 2>&1 | grep -E "Collected"
callgrind_annotate --inclusive=yes "$work/callgrind.out" 2>/dev/null \
  | grep -E "Pipeline.*extract|Analyzer.*analyze|SpanRules.*apply|BiomarkerValues.*run|ContextQualifier.*apply|tokenKeys|LexicalMentions|PreparedDocument|IndexTerms.*append|FactKeys.*keys|TextCompressor|DocumentReader.*next|WriterThread.*loop|Loader.*load" \
  | grep -v "^ *[0-9,]* *( *0\.[0-4]" | cut -c1-160 | head -30
echo "callgrind file: $work/callgrind.out"
