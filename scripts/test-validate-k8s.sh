#!/usr/bin/env bash
# Self-test of scripts/validate-k8s.sh: a copy of k8s/ broken in one way at a time must fail validation with
# the matching message, and the unbroken copy must pass. Exit 0 only when every case behaves.
set -uo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

# check <name> <expected exit: pass|fail> <expected output (grep -E)> <file under k8s/> <sed script>
check() {
  local name="$1" expect="$2" pattern="$3" file="$4" edit="$5" out rc
  rm -rf "$work/k8s" && cp -r "$repo/k8s" "$work/k8s"
  [ -z "$file" ] || sed -i -e "$edit" "$work/k8s/$file"
  out="$(bash "$repo/scripts/validate-k8s.sh" "$work/k8s/overlays/dev" "$work/k8s/overlays/production" 2>&1)"; rc=$?
  if { [ "$expect" = pass ] && [ $rc -eq 0 ]; } || { [ "$expect" = fail ] && [ $rc -ne 0 ] && grep -qE "$pattern" <<<"$out"; }; then
    passed=$((passed + 1)); echo "ok   $name: $(grep -E "$pattern" <<<"$out" | head -1 | sed 's/^ *//')"
  else
    failed=$((failed + 1)); echo "FAIL $name (exit $rc, expected $expect matching '$pattern'):"; sed 's/^/     /' <<<"$out"
  fi
}

check "unchanged manifests pass" pass "rendered and valid" "" ""
check "replicas: \"two\" is not an integer" fail '/spec/replicas must be integer' \
  base/deployment.yaml 's/^  replicas: 2$/  replicas: "two"/'
check "unknown field in the CloudNativePG Cluster spec" fail 'Cluster/ecza-db: /spec/instancess: unknown field' \
  overlays/production/database.yaml '/^spec:$/a\  instancess: 3'
check "misspelt field in a probe" fail 'readinessProbe/httpGet/paht: unknown field' \
  base/deployment.yaml '/path: \/q\/health\/ready/s/path:/paht:/'
check "container without an image" fail 'containers/0/image is required' \
  base/deployment.yaml '/^ *image: ecza-registry/d'
check "API version that does not exist" fail 'no schema for autoscaling/v3 HorizontalPodAutoscaler' \
  base/hpa.yaml 's#autoscaling/v2#autoscaling/v3#'
check "patch of an object that is not there" fail 'kustomize build .* failed' \
  overlays/dev/deployment.yaml 's/name: ecza-registry$/name: no-such-object/'

echo "test-validate-k8s: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
