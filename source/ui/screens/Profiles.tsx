import React, { useState } from 'react';
import { Box, Text } from 'ink';
import { ScrollList, type Row } from '../components/ScrollList.js';
import { Prompt } from '../components/Prompt.js';
import { useFooter } from '../footer.js';
import { checkProfileName } from '../../progress/paths.js';

const NEW = '\u0000new';

/** Pick whose progress to use, or start a new profile (a classroom shares one machine). */
export function Profiles({ profiles, current, height, width, onPick, onCancel, error }: { profiles: string[]; current: string; height: number; width: number; onPick: (name: string) => void; onCancel: () => void; error?: string }) {
  const [naming, setNaming] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  useFooter(naming ? [] : ['up', 'down', 'select', 'back'], naming ? [{ hint: 'Enter', label: 'create' }, { hint: 'Esc', label: 'cancel' }] : []);
  const names = profiles.includes(current) ? profiles : [...profiles, current].sort();
  const rows: Row<string>[] = [...names.map((n) => ({ kind: 'item' as const, label: n, mark: n === current ? '(current)' : '', value: n })), { kind: 'item', label: '+ New profile…', value: NEW }];
  return (
    <Box flexDirection="column">
      <Text bold>Profiles <Text dimColor>· each has its own progress</Text></Text>
      {(problem ?? error) && <Text color="red" wrap="truncate-end">{problem ?? error}</Text>}
      <Box marginTop={1} flexDirection="column">
        {naming
          ? (<>
              <Text>Name for the new profile (letters, digits, . _ -):</Text>
              <Prompt prefix="name: " history={[]} width={width} onSubmit={(line) => {
                const name = line.trim();
                const bad = checkProfileName(name);
                if (bad) { setProblem(bad); return; }
                onPick(name);
              }} onOtherKey={(_i, key) => { if (key.escape) { setNaming(false); setProblem(undefined); } }} />
            </>)
          : <ScrollList rows={rows} height={Math.max(3, height - 3)} initial={Math.max(0, names.indexOf(current))} onSelect={(v) => (v === NEW ? setNaming(true) : v === current ? onCancel() : onPick(v))} />}
      </Box>
    </Box>
  );
}
