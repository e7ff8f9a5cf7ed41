#!/usr/bin/env bash
# Record what the real kubectl v1.32 client prints, as goldens for test/kubectl/.
# Not run by the tests: run it by hand on a machine that has the client, then review the diff.
#
#   scripts/record-kubectl-goldens.sh [PATH-TO-KUBECTL-1.32]
#
# kubectl talks to scripts/kubectl-fake-apiserver.ts (discovery and the objects of
# test/kubectl/fixtures/server-cluster.yaml), so commands that need a server (get, expose,
# run) work offline. Each golden holds the command line, the exit code and stdout/stderr
# byte for byte (lengths in bytes, so a missing final newline is visible).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
real=${1:-/usr/lib/google-cloud-sdk/bin/kubectl.1.32}
out="$root/test/kubectl/goldens"
fixtures="$root/test/kubectl/fixtures"
work=$(mktemp -d)
port=${KUBEPREP_FAKE_APISERVER_PORT:-18443}

node --import tsx "$root/scripts/kubectl-fake-apiserver.ts" "$fixtures/server-cluster.yaml" "$port" >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 50); do grep -q listening "$work/server.log" 2>/dev/null && break; sleep 0.1; done

cat >"$work/kubeconfig" <<EOF
apiVersion: v1
kind: Config
clusters: [{name: fake, cluster: {server: "http://127.0.0.1:$port"}}]
users: [{name: fake, user: {}}]
contexts: [{name: fake, context: {cluster: fake, user: fake, namespace: default}}]
current-context: fake
EOF
export KUBECONFIG="$work/kubeconfig" HOME="$work/home"
mkdir -p "$out" "$HOME" "$work/bin"
# kubectl names itself after argv[0] in some messages: call it "kubectl"
ln -s "$real" "$work/bin/kubectl"
kubectl="$work/bin/kubectl"

# record NAME ARGS... : run `kubectl ARGS...` in the fixtures folder and write NAME.txt
record() {
  local name=$1; shift
  local rc=0
  (cd "$fixtures" && "$kubectl" "$@" >"$work/stdout" 2>"$work/stderr") || rc=$?
  {
    printf '# kubectl golden: recorded from kubectl %s by scripts/record-kubectl-goldens.sh\n' "$("$kubectl" version --client -o json | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).clientVersion.gitVersion))')"
    printf '$ kubectl'; printf ' %q' "$@"; printf '\n'
    printf 'argv: %s\n' "$(node -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- "$@")"
    printf 'exit: %d\n' "$rc"
    printf 'stdout: %d bytes\n' "$(wc -c <"$work/stdout")"; cat "$work/stdout"; printf '\n'
    printf 'stderr: %d bytes\n' "$(wc -c <"$work/stderr")"; cat "$work/stderr"; printf '\n'
  } >"$out/$name.txt"
}

# --- create service -----------------------------------------------------------------
record create-service-clusterip-yaml create service clusterip web --tcp=80:8080 --dry-run=client -o yaml
record create-service-clusterip-json create service clusterip web --tcp=80:8080 --dry-run=client -o json
record create-service-clusterip-port-only create service clusterip web --tcp=80 --dry-run=client -o yaml
record create-service-clusterip-two-ports create service clusterip web --tcp=80:8080,443:8443 -n shop --dry-run=client -o yaml
record create-service-clusterip-headless create service clusterip db --clusterip=None --dry-run=client -o yaml
record create-service-clusterip-named-target create service clusterip web --tcp=80:http --dry-run=client -o json
record create-service-nodeport create service nodeport web --tcp=80:8080 --node-port=30080 --dry-run=client -o yaml
record create-service-nodeport-json create service nodeport web --tcp=80:8080 --node-port=30080 --dry-run=client -o json
record create-service-loadbalancer create service loadbalancer web --tcp=443:8443 --dry-run=client -o yaml
record create-service-externalname create service externalname db --external-name=db.example.com --dry-run=client -o yaml
record create-service-externalname-json create service externalname db --external-name=db.example.com --tcp=5432 --dry-run=client -o json
record create-service-no-name create service clusterip --tcp=80:8080 --dry-run=client -o yaml
record create-service-bad-tcp create service clusterip web --tcp=eighty --dry-run=client -o yaml
record create-service-name-output create service clusterip web --tcp=80:8080 --dry-run=client -o name
record create-service-externalname-missing create service externalname db --dry-run=client -o yaml
record create-service-nodeport-bad-name create service nodeport Web_1 --tcp=80 --dry-run=client -o yaml
record create-svc-alias create svc clusterip web --tcp=80:8080 --dry-run=client -o yaml

# --- create deployment / namespace ---------------------------------------------------
record create-deployment-yaml create deployment web --image=nginx --port=80 --replicas=3 --dry-run=client -o yaml
record create-deployment-json create deployment web --image=nginx --image=busybox:1.36 --dry-run=client -o json
record create-deployment-registry-image create deployment web --image=registry.k8s.io/e2e-test-images/agnhost:2.39 -n shop --dry-run=client -o yaml
record create-deployment-no-image create deployment web --dry-run=client -o yaml
record create-deployment-bad-replicas create deployment web --image=nginx --replicas=three --dry-run=client -o yaml
record create-deployment-port-many-images create deployment web --image=nginx --image=redis --port=80 --dry-run=client -o yaml
record create-namespace-yaml create namespace shop --dry-run=client -o yaml
record create-namespace-json create namespace shop --dry-run=client -o json
record create-ns-alias create ns shop --dry-run=client -o name

# --- create ingress ------------------------------------------------------------------
record create-ingress-prefix create ingress web --rule="shop.example.com/*=web:80" --dry-run=client -o yaml
record create-ingress-exact create ingress web --rule="shop.example.com/api=api:8080" --dry-run=client -o yaml
record create-ingress-root-exact create ingress web --rule="shop.example.com/=web:80" --dry-run=client -o yaml
record create-ingress-no-host create ingress web --rule="/*=web:80" --dry-run=client -o yaml
record create-ingress-named-port create ingress web --rule="shop.example.com/*=web:http" --dry-run=client -o json
record create-ingress-tls create ingress web --rule="shop.example.com/*=web:80,tls" --dry-run=client -o yaml
record create-ingress-tls-secret create ingress web --rule="shop.example.com/*=web:80,tls=shop-cert" --dry-run=client -o yaml
record create-ingress-merge-host create ingress web --rule="shop.example.com/*=web:80" --rule="shop.example.com/api*=api:8080" --rule="admin.example.com/=admin:80" --dry-run=client -o yaml
record create-ingress-class create ingress web --class=nginx --rule="shop.example.com/*=web:80" --dry-run=client -o yaml
record create-ingress-default-backend create ingress web --class=nginx --default-backend=web:80 --dry-run=client -o yaml
record create-ingress-annotation create ingress web --rule="shop.example.com/*=web:80" --annotation=nginx.ingress.kubernetes.io/rewrite-target=/ --annotation=team=shop --dry-run=client -o yaml
record create-ingress-wildcard-host create ingress web --rule="*.example.com/*=web:80" --dry-run=client -o yaml
record create-ingress-bad-rule create ingress web --rule="shop.example.com=web:80" --dry-run=client -o yaml
record create-ingress-no-rule create ingress web --dry-run=client -o yaml
record create-ingress-json create ingress web --class=nginx --rule="shop.example.com/*=web:80,tls=shop-cert" --rule="shop.example.com/api=api:8080" --dry-run=client -o json

# --- run -----------------------------------------------------------------------------
record run-yaml run web --image=nginx --port=80 --labels=app=web,tier=fe --dry-run=client -o yaml
record run-json run web --image=nginx --port=80 --dry-run=client -o json
record run-restart-never run tmp --image=busybox:1.36 --restart=Never --dry-run=client -o yaml -- sh -c "sleep 3600"
record run-command run tmp --image=busybox:1.36 --restart=Never --command --dry-run=client -o yaml -- sleep 3600
record run-expose run web --image=nginx --port=80 --expose --dry-run=client -o yaml
record run-expose-json run web --image=nginx --port=80 --expose --dry-run=client -o json
record run-expose-no-port run web --image=nginx --expose --dry-run=client -o yaml
record run-env run web --image=nginx --env=MODE=prod --env=DEBUG=1 -n shop --dry-run=client -o yaml
record run-no-image run web --dry-run=client -o yaml
record run-bad-restart run web --image=nginx --restart=Sometimes --dry-run=client -o yaml
record run-name-output run web --image=nginx --dry-run=client -o name

# --- expose (reads the object from the fake server or a file) ------------------------
record expose-deployment expose deployment web -n shop --port=80 --target-port=8080 --dry-run=client -o yaml
record expose-deployment-json expose deployment web -n shop --port=80 --target-port=8080 --dry-run=client -o json
record expose-deployment-ports-from-pod expose deployment web -n shop --dry-run=client -o yaml
record expose-deployment-nodeport expose deployment web -n shop --port=80 --type=NodePort --name=web-np --dry-run=client -o yaml
record expose-pod expose pod client --port=80 --dry-run=client -o yaml
record expose-pod-many-ports expose pod client --dry-run=client -o yaml
record expose-pod-protocol expose pod client --port=53 --protocol=UDP --name=dns --dry-run=client -o yaml
record expose-service expose service web -n shop --port=8081 --name=web2 --dry-run=client -o yaml
record expose-service-ports expose service web -n shop --name=web3 --dry-run=client -o yaml
record expose-replicaset expose rs web-7d9f8b6c5d -n shop --port=80 --dry-run=client -o yaml
record expose-selector-labels expose deployment web -n shop --port=80 --selector=app=web,tier=frontend --labels=team=shop --external-ip=192.0.2.10 --dry-run=client -o yaml
record expose-file expose -f expose-deployment.yaml --port=80 --target-port=8080 --dry-run=client -o yaml
record expose-no-port expose -f expose-deployment-noports.yaml --dry-run=client -o yaml
record expose-not-found expose deployment nope -n shop --port=80 --dry-run=client -o yaml
record expose-loadbalancer expose deployment web -n shop --port=443 --target-port=8443 --type=LoadBalancer --dry-run=client -o yaml

# --- get with printers that run in the client ----------------------------------------
record get-svc-yaml get svc web -n shop -o yaml
record get-svc-json get svc web -n shop -o json
record get-svc-list-yaml get svc -n shop -o yaml
record get-svc-list-json get services -n shop -o json
record get-empty-list-yaml get ingress -o yaml
record get-empty-list-json get ingress -o json
record get-svc-name get svc -n shop -o name
record get-multi-name get svc,ep,deploy -n shop -o name
record get-deploy-name get deployments.apps -n shop -o name
record get-all-name get all -n shop -o name
record get-jsonpath-name get svc web -n shop -o jsonpath={.metadata.name}
record get-jsonpath-items get svc -n shop -o jsonpath={.items[*].metadata.name}
record get-jsonpath-range get svc -n shop -o 'jsonpath={range .items[*]}{.metadata.name}{"\t"}{.spec.type}{"\n"}{end}'
record get-jsonpath-filter get svc web -n shop -o 'jsonpath={.spec.ports[?(@.name=="http")].nodePort}'
record get-jsonpath-missing get svc web -n shop -o jsonpath={.spec.loadBalancerIP}
record get-jsonpath-map get svc web -n shop -o jsonpath={.spec.selector}
record get-jsonpath-list get svc web -n shop -o jsonpath={.spec.ports}
record get-jsonpath-equals get svc web -n shop -o=jsonpath='{.spec.clusterIP}'
record get-jsonpath-ports get svc web -n shop -o 'jsonpath={.spec.ports[*].port}'
record get-jsonpath-index get svc web -n shop -o 'jsonpath={.spec.ports[0].targetPort} {.spec.ports[1].targetPort}'
record get-jsonpath-bad get svc web -n shop -o 'jsonpath={.spec.ports[0'
record get-jsonpath-endpoints get ep web -n shop -o 'jsonpath={.subsets[*].addresses[*].ip}'
record get-custom-columns get svc -n shop -o custom-columns=NAME:.metadata.name,TYPE:.spec.type,PORTS:.spec.ports[*].port,SELECTOR:.spec.selector
record get-custom-columns-missing get svc -n shop -o custom-columns=NAME:.metadata.name,LB:.status.loadBalancer.ingress[0].hostname
record get-custom-columns-bad get svc -n shop -o custom-columns=NAME
record get-unknown-type get foo
record get-unknown-type-in-list get svc,foo -n shop
record get-not-found get svc nope -n shop
record get-not-found-name get svc nope -n shop -o name
record get-not-found-two get svc web nope -n shop -o name
record get-type-name get svc/web deploy/web -n shop -o name
record get-type-name-mixed get svc svc/web -n shop -o name
record get-no-type get
record get-cluster-scoped-yaml get ns shop -o yaml
record get-bad-output get svc -n shop -o yam
record get-kind-case get Service -n shop -o name
record get-plural-group get ingresses.networking.k8s.io -n shop -o name
record get-netpol-yaml get netpol -n shop -o yaml
record get-pod-json get po client -o json

# --- tables: the fake server computes the cells with our column functions at a fixed time
# (scripts/kubectl-fake-apiserver.ts TABLE_NOW); what is recorded is the client's part.
record table-svc get svc -n shop
record table-svc-wide get svc -n shop -o wide
record table-svc-labels get svc -n shop --show-labels
record table-svc-label-columns get svc -n shop -L app -L tier
record table-svc-no-headers get svc -n shop --no-headers
record table-svc-show-kind get svc -n shop --show-kind
record table-svc-single get svc web -n shop
record table-svc-ep get svc,ep -n shop
record table-svc-ep-pairs get svc/web ep/web -n shop
record table-svc-ingressclass get svc,ingressclass -n shop
record table-all get all -n shop
record table-pods-all-namespaces get pods -A
record table-pods-all-namespaces-wide get pods -A -o wide
record table-svc-all-namespaces-labels get svc -A --show-labels
record table-deploy-wide get deploy -n shop -o wide
record table-rs-wide get rs -n shop -o wide
record table-empty get ingress
record table-empty-all-namespaces get ingressclass -A
record table-empty-cluster-scoped get nodes
record table-ns get ns
record table-ns-all-namespaces get ns -A
record table-netpol get netpol -n shop
record table-ingress get ing -n shop
record table-mixed-all-namespaces get svc,ns -A

# --- flags and commands ----------------------------------------------------------------
record flag-unknown get pods --frob
record flag-unknown-shorthand get -z
record flag-unknown-shorthand-cluster get -Az
record flag-needs-argument get pods -n
record flag-needs-argument-long get pods --selector
record flag-bool-bad get pods --show-labels=maybe
record flag-int-bad create deployment web --image=nginx --replicas=x
record flag-dry-run-bad create namespace shop --dry-run=maybe
record flag-dry-run-bare create namespace shop --dry-run -o name
record flag-dry-run-true create namespace shop --dry-run=true -o name
record command-unknown frob
record command-suggest gt pods
record command-suggest-prefix creat
record command-suggest-expose expos svc
record command-required-flag create deployment web
record create-unknown-subcommand create foo bar
record output-wide-create create namespace shop --dry-run=client -o wide
record output-bad-create create namespace shop --dry-run=client -o yamll
record label-local label --local -f label-service.yaml tier=frontend -o yaml
record label-local-overwrite label --local -f label-service.yaml app=api -o yaml
record label-local-overwrite-ok label --local -f label-service.yaml app=api --overwrite -o yaml
record label-local-remove label --local -f label-service.yaml app- -o yaml
record annotate-local-json annotate --local -f label-service.yaml note=hello -o json
record set-selector-local set selector --local -f label-service.yaml app=api,tier=backend -o yaml

echo "recorded $(ls "$out" | wc -l) goldens in $out"
