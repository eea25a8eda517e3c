#!/usr/bin/env bash
# Benchmark: `zhenggai build` against Hugo on the same synthetic corpus, plus the seed site.
# One script from a fresh clone; see bench/README.md for what it measures and the results.
#
#   bench/run.sh                      # all sizes, Hugo, seed site; updates bench/README.md
#   SIZES="1000 10000" bench/run.sh   # only some sizes (results of other sizes are kept)
#   SKIP_HUGO=1 SKIP_SEED=1 ...       # leave parts out; RUNS=… overrides the run counts
#   PUBLISH=composite|r2r|jit …       # publish self-contained composite ReadyToRun, framework-dependent
#                                     # ReadyToRun, or plain IL (default: aot, Native AOT; to compare)
#   NO_README=1 …                     # print the table but leave bench/README.md alone
#   REUSE_PUBLISH=1 …                 # time the tool already published in bench/work/zhenggai
#
# Everything it makes goes under bench/work/ (git-ignored): the published tool, the generated
# sites (kept between runs and regenerated only when the generator, seeds or settings change),
# raw /usr/bin/time logs, and results.tsv (the latest median per tool and size). Each timed run
# builds into a folder of its own under bench/work/outputs/, deleted when the script ends (about
# 20 GB at the peak with N = 100,000).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$ROOT/bench/work}
SIZES=${SIZES:-"1000 10000 100000"}
SKIP_HUGO=${SKIP_HUGO:-0}
SKIP_SEED=${SKIP_SEED:-0}
PUBLISH=${PUBLISH:-aot}
SEED_RUNS=${SEED_RUNS:-10}
GEN_SEED=${GEN_SEED:-20250331}
mkdir -p "$WORK/logs"
RESULTS=$WORK/results.tsv
touch "$RESULTS"

log() { printf '%s\n' "$*" >&2; }

# --- outputs (cleared before publishing, which then counts towards the wait below) -------------
# Each timed run of either tool builds into a new, empty folder, and outputs are deleted only when
# the script ends, never just before a run. ext4 without a journal (the bench VMs' root file
# system) does not reuse an inode within 60 s of its deletion, or 5 minutes while its inode table
# block is dirty, and every file created meanwhile scans past each such inode again: deleting the
# previous output (33,000 files and folders at 10,000 findings) right before a run made the same
# zhenggai build spend 5.3-6.1 s of system time instead of 2.9-3.0 s, and it taxed each tool in
# proportion to the files it writes. After any deletion, `settle` waits out that window.
OUT=$WORK/outputs
last_delete=0
discard() { rm -rf "$@"; last_delete=$(date +%s); }
settle() {
  local wait=$((last_delete + 360 - $(date +%s)))
  if [ "$last_delete" -gt 0 ] && [ "$wait" -gt 0 ]; then
    log "waiting ${wait} s: ext4 without a journal treats inodes deleted in the last 6 minutes as recent"
    sleep "$wait"
  fi
}
# Earlier versions of this script built into the last three.
for old in "$OUT" "$WORK/seed-output" "$WORK"/sites/*/site/output "$WORK"/sites/*/hugo-public; do
  if [ -e "$old" ]; then discard "$old"; fi
done
mkdir -p "$OUT"
log "free space for outputs: $(df -h --output=avail "$WORK" | tail -1 | tr -d ' ')"

# --- tools -------------------------------------------------------------------------------------
need_apt=()
command -v hugo >/dev/null 2>&1 || [ "$SKIP_HUGO" = 1 ] || need_apt+=(hugo)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]} (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

PUB=$WORK/zhenggai
GEN=$WORK/generator
publish_args=(-c Release -o "$PUB")
# The other modes, for comparison: ReadyToRun precompiles the tool and its libraries (about half
# the CPU of a small build, bench/README.md "Start-up"); composite and self-contained also the
# framework with it, so generic collections over the tool's own types need no JIT either.
case "$PUBLISH" in
  # Native AOT, as the tool is released (README.md): one native program, nothing compiled while it
  # runs. Options in Zhenggai.Cli.csproj (x86-64-v2, the assemblies kept whole for reflection).
  aot) publish_args+=(-r linux-x64 -p:PublishAot=true) ;;
  composite) publish_args+=(-r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true) ;;
  r2r) publish_args+=(-r linux-x64 --self-contained false -p:PublishReadyToRun=true) ;;
  jit) publish_args+=(-p:PublishReadyToRun=false) ;;
  *) log "PUBLISH must be aot, composite, r2r or jit"; exit 2 ;;
esac
if [ "${REUSE_PUBLISH:-0}" = 1 ] && [ -x "$PUB/Zhenggai.Cli" ]; then
  log "reusing the tool published in $PUB"
else
  log "publishing zhenggai (Release, $PUBLISH) into $PUB"
  # The SDK reuses ReadyToRun images from obj/ when their inputs are unchanged, even across the
  # composite and per-assembly modes: a composite-compiled library in a per-assembly publish aborts
  # at start-up. Each publish here starts from clean RID-specific intermediates.
  rm -rf "$ROOT"/src/*/obj/Release/*/linux-x64
  rm -rf "$PUB"
  dotnet publish "$ROOT/src/Zhenggai.Cli" "${publish_args[@]}" -v q -nologo >"$WORK/logs/publish.log" 2>&1 \
    || { cat "$WORK/logs/publish.log"; exit 1; }
fi
log "building the corpus generator"
dotnet build "$ROOT/bench/Zhenggai.Bench.Generator" -c Release -o "$GEN" -v q -nologo >"$WORK/logs/generator.log" 2>&1 \
  || { cat "$WORK/logs/generator.log"; exit 1; }
ZG=$PUB/Zhenggai.Cli

# --- measuring ---------------------------------------------------------------------------------
# Before every timed run, of either tool: write back and drop the page cache, dentries and inodes.
# On the bench VMs, creating files got up to ten times slower (all of it system CPU) as the page
# cache filled with earlier runs' deleted outputs; a 30,000-file write took 1.3 s after dropping
# caches and 19-26 s before. Each run starts from the same clean state instead of whatever the
# previous run left. Needs root; without it, runs go on as they are (and say so once).
clean_caches() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then echo 3 >/proc/sys/vm/drop_caches
  elif [ -z "${warned_caches:-}" ]; then log "cannot drop caches (not root): timings may drift from run to run"; warned_caches=1; fi
}

# run_timed LOG CMD... : runs CMD under GNU time, prints "wall cpu rss_mb" (seconds, seconds, MiB).
run_timed() {
  local out=$1; shift
  clean_caches
  /usr/bin/time -v -o "$out.time" "$@" >"$out.out" 2>&1 || { cat "$out.out" "$out.time" >&2; return 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time \(seconds\)/ { u = $2 }
    /System time \(seconds\)/ { s = $2 }
    /Maximum resident set size/ { r = $2 / 1024 }
    END { printf "%.3f %.3f %.0f\n", w, u + s, r }' "$out.time"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# record TOOL N RUNS PAGES then "wall cpu rss" lines on stdin: keeps the medians in results.tsv.
record() {
  local tool=$1 n=$2 runs=$3 pages=$4 samples wall cpu rss
  samples=$(cat)
  wall=$(awk '{print $1}' <<<"$samples" | median)
  cpu=$(awk '{print $2}' <<<"$samples" | median)
  rss=$(awk '{print $3}' <<<"$samples" | median | awk '{ printf "%.0f", $1 }')
  grep -v -P "^$tool\t$n\t" "$RESULTS" >"$RESULTS.tmp" || true
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$n" "$runs" "$wall" "$cpu" "$rss" "$pages" "$(date -u +%F)" >>"$RESULTS.tmp"
  sort -t$'\t' -k2,2n -k1,1 "$RESULTS.tmp" >"$RESULTS" && rm "$RESULTS.tmp"
  log "  $tool N=$n: median wall ${wall}s, cpu ${cpu}s, peak RSS ${rss} MiB, $pages pages"
}

corpus_stamp() {
  local n=$1
  { echo "$n $GEN_SEED"; cat "$ROOT"/bench/Zhenggai.Bench.Generator/*.cs "$ROOT"/statiq.json "$ROOT"/seeds/*.txt; } | sha256sum | cut -c1-16
}

# --- synthetic sites ---------------------------------------------------------------------------
declare -A runs_of
max_runs=0
for n in $SIZES; do
  dir=$WORK/sites/$n
  stamp=$(corpus_stamp "$n")
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    log "generating $n findings into $dir"
    discard "$dir"; mkdir -p "$dir"
    "$GEN/Zhenggai.Bench.Generator" --count "$n" --seed "$GEN_SEED" --seeds "$ROOT/seeds" --settings "$ROOT/statiq.json" \
      --out "$dir/site" --hugo "$dir/hugo" --theme-assets "$ROOT/theme/assets" >&2
    echo "$stamp" >"$dir/.stamp"
  fi
  runs_of[$n]=${RUNS:-$([ "$n" -ge 100000 ] && echo 3 || echo 5)}
  [ "${runs_of[$n]}" -gt "$max_runs" ] && max_runs=${runs_of[$n]}
done

# --- timed runs --------------------------------------------------------------------------------
# In rounds: each round builds every size once (while it has runs left), each size with both tools
# in turn, so that both tools see the same machine load, and so do the sizes. The 100,000-finding
# time is judged against the 10,000-finding one (bench/README.md), and the bench VMs' speed moves
# by a quarter within an hour: when each size had its own block of minutes, Hugo's own growth from
# 10,000 to 100,000 findings measured anything from 9.3x to 14.5x from one run of this script to
# the next.
declare -A zg_samples hugo_samples
settle
for i in $(seq "$max_runs"); do
  for n in $SIZES; do
    [ "$i" -le "${runs_of[$n]}" ] || continue
    dir=$WORK/sites/$n
    log "N=$n: run $i of ${runs_of[$n]} of each tool, each into an empty folder of its own"
    # --no-cache: a full build every time (the on-disk build cache would reuse the last run's pages).
    zg_samples[$n]+="$(run_timed "$WORK/logs/zhenggai-$n-$i" "$ZG" build --no-cache --root "$dir/site" --output "$OUT/zhenggai-$n-$i" -v)"$'\n'
    if [ "$SKIP_HUGO" != 1 ]; then
      hugo_samples[$n]+="$(run_timed "$WORK/logs/hugo-$n-$i" hugo --source "$dir/hugo" --destination "$OUT/hugo-$n-$i")"$'\n'
    fi
  done
done
for n in $SIZES; do
  zg_pages=$(grep -o 'built [0-9]* pages' "$WORK/logs/zhenggai-$n-1.out" | awk '{print $2}')
  printf '%s' "${zg_samples[$n]}" | record zhenggai "$n" "${runs_of[$n]}" "$zg_pages"
  if [ "$SKIP_HUGO" != 1 ]; then
    hugo_pages=$(awk -F'|' '$1 ~ /^ *Pages *$/ { gsub(/ /, "", $2); print $2 }' "$WORK/logs/hugo-$n-1.out")
    printf '%s' "${hugo_samples[$n]}" | record hugo "$n" "${runs_of[$n]}" "$hugo_pages"
  fi
done

# --- the seed site: the repository itself, start-up included -----------------------------------
if [ "$SKIP_SEED" != 1 ]; then
  log "seed site: $SEED_RUNS builds of the repository's own input/"
  seed_samples=()
  settle
  for i in $(seq "$SEED_RUNS"); do
    seed_samples+=("$(run_timed "$WORK/logs/seed-$i" "$ZG" build --no-cache --root "$ROOT" --output "$OUT/seed-$i" -v)")
  done
  seed_pages=$(grep -o 'built [0-9]* pages' "$WORK/logs/seed-1.out" | awk '{print $2}')
  seed_findings=$(ls "$ROOT"/input/findings/*.md | wc -l)
  printf '%s\n' "${seed_samples[@]}" | record "zhenggai-seed-$seed_findings" 0 "$SEED_RUNS" "$seed_pages"
fi

# --- report ------------------------------------------------------------------------------------
table() {
  echo "| N findings | tool | runs | wall (median) | CPU user+sys | peak RSS | pages | pages/s | Hugo ÷ zhenggai wall |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '
    { rows[NR] = $0; if ($1 == "hugo") hugo[$2] = $4 }
    END {
      for (i = 1; i <= NR; i++) {
        split(rows[i], f, "\t")
        n = f[2] == 0 ? "seed site" : f[2]
        ratio = (f[1] == "zhenggai" && (f[2] in hugo) && f[4] > 0) ? sprintf("%.2f", hugo[f[2]] / f[4]) : ""
        pps = f[4] > 0 ? sprintf("%.0f", f[7] / f[4]) : ""
        printf "| %s | %s | %s | %.2f s | %.2f s | %s MiB | %s | %s | %s |\n", n, f[1], f[3], f[4], f[5], f[6], f[7], pps, ratio
      }
    }' "$RESULTS"
}

# Each tool's growth from 10,000 to 100,000 findings: the ratio of its two median wall times.
growth() {
  awk -F'\t' '
    $2 == 10000 { small[$1] = $4 } $2 == 100000 { large[$1] = $4 }
    END {
      line = ""
      split("zhenggai hugo", tools, " ")
      for (k = 1; k <= 2; k++) {
        t = tools[k]
        if ((t in large) && (t in small) && small[t] > 0) line = line (line == "" ? "" : ", ") sprintf("%s %.2fx", t, large[t] / small[t])
      }
      if (line != "") print "- From 10,000 to 100,000 findings, median wall time grew: " line
    }' "$RESULTS"
}

machine() {
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), nproc $(nproc)"
  echo "- Memory: $(free -h | awk '/^Mem:/ {print $2 " total, " $7 " available"}') at the end of the run"
  echo "- Load average at the end of the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "- .NET SDK $(dotnet --version), runtime $(dotnet --list-runtimes | awk '/NETCore.App/ {v = $2} END {print v}'); $(hugo version 2>/dev/null | cut -d' ' -f1-2 || echo 'hugo not run')"
  echo "- zhenggai published as $PUBLISH; commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
}

report=$WORK/results.md
{ table; echo; growth; machine; } >"$report"
cat "$report"

# bench/README.md keeps the latest results between its two marker lines.
readme=$ROOT/bench/README.md
if [ "${NO_README:-0}" != 1 ] && grep -q '<!-- results:start -->' "$readme" 2>/dev/null; then
  awk -v report="$report" '
    /<!-- results:start -->/ { print; while ((getline line < report) > 0) print line; skip = 1; next }
    /<!-- results:end -->/ { skip = 0 }
    !skip' "$readme" >"$readme.tmp" && mv "$readme.tmp" "$readme"
  log "updated $readme"
fi

log "deleting the outputs in $OUT"
rm -rf "$OUT"
