#!/usr/bin/env bash
# Record what the real kubectl v1.32 prints for commands that read a cluster (describe, ...),
# against the simulator's own view of test/kubectl/fixtures/cluster-state.yaml, so the tests
# can run the emulator over the same objects and compare byte for byte.
# Not run by the tests: run it by hand on a machine that has the client, then review the diff.
#
#   scripts/record-kubectl-cluster-goldens.sh [PATH-TO-KUBECTL-1.32]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
real=${1:-/usr/lib/google-cloud-sdk/bin/kubectl.1.32}
out="$root/test/kubectl/goldens"
work=$(mktemp -d)
port=${KUBEPREP_FAKE_APISERVER_PORT:-18444}
now=2025-01-03T04:05:06Z

node --import tsx "$root/scripts/dump-kubectl-view.ts" "$root/test/kubectl/fixtures/cluster-state.yaml" "$now" >"$work/view.yaml"
node --import tsx "$root/scripts/kubectl-fake-apiserver.ts" "$work/view.yaml" "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; cp "$work/server.log" /tmp/fake-server.log 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/server.log" 2>/dev/null && break; sleep 0.1; done

cat >"$work/kubeconfig" <<EOC
apiVersion: v1
kind: Config
clusters: [{name: fake, cluster: {server: "http://127.0.0.1:$port"}}]
users: [{name: fake, user: {}}]
contexts: [{name: fake, context: {cluster: fake, user: fake, namespace: default}}]
current-context: fake
EOC
export KUBECONFIG="$work/kubeconfig" HOME="$work/home"
mkdir -p "$HOME" "$work/bin"
ln -s "$real" "$work/bin/kubectl"
kubectl="$work/bin/kubectl"
version=$("$kubectl" version --client -o json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).clientVersion.gitVersion))')

files="$root/test/kubectl/fixtures/cluster-files"
record() {
  local name=$1; shift
  local rc=0
  curl -s -X POST "http://127.0.0.1:$port/__reset" >/dev/null
  (cd "$files" && "$kubectl" "$@" >"$work/stdout" 2>"$work/stderr") || rc=$?
  {
    printf '# kubectl golden: recorded from kubectl %s by scripts/record-kubectl-cluster-goldens.sh\n' "$version"
    printf '$ kubectl'; printf ' %q' "$@"; printf '\n'
    printf 'argv: %s\n' "$(node -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- "$@")"
    printf 'exit: %d\n' "$rc"
    printf 'stdout: %d bytes\n' "$(wc -c <"$work/stdout")"; cat "$work/stdout"; printf '\n'
    printf 'stderr: %d bytes\n' "$(wc -c <"$work/stderr")"; cat "$work/stderr"; printf '\n'
  } >"$out/$name.txt"
}

record describe-svc describe svc web -n shop
record describe-svc-nodeport describe service api -n shop
record describe-svc-externalname describe svc/ext -n shop
record describe-svc-all describe svc -n shop
record describe-svc-kubernetes describe svc kubernetes
record describe-pod-prefix describe pod web -n shop
record describe-pod describe pod client
record describe-deploy describe deploy web -n shop
record describe-rs describe rs -n shop
record describe-ing describe ingress shop -n shop
record describe-netpol describe netpol web-policy -n shop
record describe-netpol-deny describe networkpolicy deny-all -n shop
record describe-ep describe endpoints web -n shop
record describe-ep-empty describe ep api -n shop
record describe-endpointslice describe endpointslices -n shop -l kubernetes.io/service-name=web
record describe-ns describe ns shop
record describe-not-found describe svc nope -n shop
record describe-no-type describe
record describe-label describe svc -n shop -l app=web
record describe-none describe ingress

# --- explain: the real client's template over the emulator's schema table ----------------
record explain-svc explain svc
record explain-svc-spec explain service.spec
record explain-svc-ports explain svc.spec.ports
record explain-svc-type explain svc.spec.type
record explain-svc-target-port explain svc.spec.ports.targetPort
record explain-svc-metadata explain svc.metadata
record explain-ing-rules explain ingress.spec.rules
record explain-ing-path-type explain ing.spec.rules.http.paths.pathType
record explain-ing-backend explain ingress.spec.rules.http.paths.backend.service
record explain-netpol explain networkpolicy
record explain-netpol-spec explain netpol.spec
record explain-netpol-from explain netpol.spec.ingress.from
record explain-netpol-recursive explain netpol.spec --recursive
record explain-ingressclass explain ingressclass.spec
record explain-pod-container-ports explain pod.spec.containers.ports
record explain-endpointslice-conditions explain endpointslice.endpoints.conditions
record explain-deploy-selector explain deploy.spec.selector
record explain-deploy-template-labels explain deploy.spec.template.metadata.labels
record explain-ep-subsets explain ep.subsets
record explain-unknown-field explain svc.spec.foo
record explain-unknown-type explain foo

# --- commands that change the cluster (the fake server applies them; each starts afresh) -----
record change-label label svc web -n shop tier=fe
record change-label-same label svc web -n shop app=web
record change-label-overwrite label svc web -n shop app=api
record change-label-remove label svc web -n shop app-
record change-label-remove-missing label svc web -n shop nope-
record change-label-overwrite-ok label svc web -n shop app=api --overwrite
record change-annotate annotate svc web -n shop note=hi
record change-annotate-overwrite annotate svc api -n shop team=ops
record change-delete delete svc web -n shop --wait=false
record change-delete-deploy delete deployment web -n shop --wait=false
record change-delete-missing delete svc nope -n shop
record change-delete-no-name delete svc -n shop
record change-delete-ignore delete svc nope -n shop --ignore-not-found --wait=false
record change-delete-label delete svc -n shop -l app=web --wait=false
record change-scale scale deploy web -n shop --replicas=3
record change-scale-current scale deployment/web -n shop --replicas=3 --current-replicas=5
record change-patch patch svc web -n shop -p '{"metadata":{"labels":{"tier":"fe"}}}'
record change-patch-no-change patch svc web -n shop -p '{"spec":{"selector":{"app":"web"}}}'
record change-patch-invalid patch svc web -n shop --type=merge -p '{"spec":{"ports":[{"port":70000}]}}'
record change-patch-type patch svc web -n shop --type=yaml -p '{}'
record change-patch-json patch svc web -n shop --type=json -p '[{"op":"replace","path":"/spec/selector/app","value":"api"}]'
record change-set-selector set selector svc web app=web,tier=frontend -n shop
record change-set-image set image deploy/web nginx=nginx:1.28 -n shop
# (create service|deployment|namespace send protobuf, which the fake server cannot read)
record change-create-file create -f svc.yaml
record change-create-exists create -f web.yaml
record change-create-invalid create -f bad.yaml
record change-apply apply -f svc.yaml
record change-apply-dir apply -f .
record change-apply-existing apply -f web.yaml
record change-replace replace -f web.yaml
record change-replace-missing replace -f svc.yaml
record change-rollout-status rollout status deploy/web -n shop
record change-rollout-history rollout history deploy/web -n shop
record change-rollout-undo rollout undo deploy/web -n shop
record change-rollout-status-svc rollout status svc/web -n shop

# --- kubectl edit, with scripts/record-editor.mjs as the editor; the buffers it was given
# are kept as NAME.editor-N.txt
record_edit() {
  local name=$1 plan=$2; shift 2
  rm -rf "$work/editlog"; mkdir -p "$work/editlog"
  KUBE_EDITOR="node $root/scripts/record-editor.mjs" KUBEPREP_EDIT_LOG="$work/editlog" KUBEPREP_EDIT_PLAN="$plan" record "$name" "$@"
  rm -f "$out/$name".editor-*.txt
  for f in "$work"/editlog/buffer-*.txt; do
    if [ -e "$f" ]; then cp "$f" "$out/$name.editor-$(basename "$f" .txt | sed 's/buffer-//').txt"; fi
  done
}
record_edit change-edit-unchanged '[null]' edit svc web -n shop
record_edit change-edit '[["app: web\n  sessionAffinity","app: api\n  sessionAffinity"]]' edit svc web -n shop
record_edit change-edit-invalid '[["port: 80\n","port: 0\n"],null]' edit svc web -n shop
record_edit change-edit-invalid-fixed '[["port: 80\n","port: 0\n"],["port: 0\n","port: 81\n"]]' edit svc web -n shop
record_edit change-edit-name '[["name: web\n  namespace","name: web2\n  namespace"]]' edit svc web -n shop
record_edit change-edit-no-api-version '[["apiVersion","#apiVersion"],null]' edit ns shop
record_edit change-edit-syntax '[["selector:\n","selector: [\n"],null]' edit svc web -n shop

echo "recorded cluster goldens in $out"
