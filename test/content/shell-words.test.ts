// Solution lines split as a POSIX shell splits them; what a shell would expand is refused.
import test from 'ava';
import { splitShellWords } from '../../source/content/shell-words.js';

const words: Array<[string, string[]]> = [
  ['kubectl -n shop get svc', ['kubectl', '-n', 'shop', 'get', 'svc']],
  ['  k   get\tpods  ', ['k', 'get', 'pods']],
  [`kubectl patch svc web -p '{"spec":{"type":"NodePort"}}'`, ['kubectl', 'patch', 'svc', 'web', '-p', '{"spec":{"type":"NodePort"}}']],
  ['kubectl create ingress shop --rule="shop.example.com/api*=api:80"', ['kubectl', 'create', 'ingress', 'shop', '--rule=shop.example.com/api*=api:80']],
  ['kubectl annotate svc web "note=a \\"quoted\\" \\\\ word"', ['kubectl', 'annotate', 'svc', 'web', 'note=a "quoted" \\ word']],
  ['kubectl label pod a x=\\ y', ['kubectl', 'label', 'pod', 'a', 'x= y']],
  ["kubectl get pods -l 'app in (a,b)'", ['kubectl', 'get', 'pods', '-l', 'app in (a,b)']],
  ["kubectl annotate svc web note=''", ['kubectl', 'annotate', 'svc', 'web', 'note=']],
  ["kubectl get svc ''", ['kubectl', 'get', 'svc', '']],
  ['kubectl get \\\n svc', ['kubectl', 'get', 'svc']],
  ['kubectl get svc # all of them', ['kubectl', 'get', 'svc']],
  ['kubectl get svc a#b', ['kubectl', 'get', 'svc', 'a#b']],
  ['kubectl exec client -- wget -qO- "http://web/a b"', ['kubectl', 'exec', 'client', '--', 'wget', '-qO-', 'http://web/a b']],
  ['kubectl get "svc"web\'s\'', ['kubectl', 'get', 'svcwebs']],
  ['echo "a\\nb"', ['echo', 'a\\nb']],
  ['echo "cost: $"', ['echo', 'cost: $']],
];
for (const [line, want] of words) {
  test(`splits: ${JSON.stringify(line)}`, (t) => {
    t.deepEqual(splitShellWords(line), { ok: true, words: want });
  });
}

const refused: Array<[string, RegExp]> = [
  ["kubectl get 'svc", /unterminated single quote/],
  ['kubectl get "svc', /unterminated double quote/],
  ['kubectl get svc | grep web', /operator "\|"/],
  ['kubectl get svc; kubectl get pods', /operator ";"/],
  ['kubectl get svc > out.txt', /operator ">"/],
  ['kubectl get svc && echo ok', /operator "&"/],
  ['kubectl get svc $NAME', /variables and command substitution/],
  ['kubectl get svc "$(cat name)"', /variables and command substitution/],
  ['kubectl get svc `cat name`', /variables and command substitution/],
  ['kubectl get svc \\', /backslash at the end/],
];
for (const [line, want] of refused) {
  test(`refuses: ${JSON.stringify(line)}`, (t) => {
    const r = splitShellWords(line);
    t.false(r.ok);
    if (!r.ok) t.regex(r.error, want);
  });
}
