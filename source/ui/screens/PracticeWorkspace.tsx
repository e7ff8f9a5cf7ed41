// The Practice route: a scenario's workspace, resumed from and saved to the progress file
// after every command. Loaded lazily (it brings kubectl and the simulator), so the home
// menu's first frame does not wait for them.
import React from 'react';
import { Workspace } from './Workspace.js';
import { gradeState } from '../../grading/grade.js';
import { scoreTask } from '../../grading/score.js';
import { freshWorkspace } from '../../workspace/shell.js';
import type { WorkspaceData, WorkspaceDeps } from '../../workspace/types.js';
import type { Scenario } from '../../content/types.js';
import type { ProgressData } from '../../progress/schema.js';

export interface PracticeWorkspaceProps {
  scenario: Scenario;
  data: ProgressData;
  save: (change: (d: ProgressData) => void) => void;
  deps: WorkspaceDeps;
  now: () => Date;
  width: number;
  height: number;
  onLeave: () => void;
}

export function PracticeWorkspace({ scenario, data, save, deps, now, width, height, onLeave }: PracticeWorkspaceProps) {
  const view = { ...scenario, setup: scenario.setup.objects };
  return (
    <Workspace key={scenario.id} width={width} height={height} scenario={view}
      initial={(data.scenarios[scenario.id]?.workspace as WorkspaceData | undefined) ?? freshWorkspace(view, now())}
      deps={{ ...deps, grade: (objects) => gradeState(scenario, objects) }}
      onSave={(ws) => save((d) => {
        const prev = d.scenarios[scenario.id];
        const status = prev?.status === 'solved' || prev?.status === 'assisted' ? prev.status : 'started';
        // Time spent: the gaps between commands, each counted up to 5 minutes.
        const gap = prev?.updatedAt ? Math.min(now().getTime() - Date.parse(prev.updatedAt), 300_000) : 0;
        d.scenarios[scenario.id] = { ...prev, status, updatedAt: now().toISOString(), activeMs: Number(prev?.activeMs ?? 0) + Math.max(0, gap), workspace: ws };
        d.last = { kind: 'scenario', id: scenario.id };
      })}
      onGraded={(ws, checks) => save((d) => {
        const prev = d.scenarios[scenario.id];
        const solved = checks.every((c) => c.pass);
        const status = solved ? (ws.assisted ? 'assisted' : 'solved') : prev?.status ?? 'started';
        const percent = Math.round(scoreTask(checks, 100).earned);
        d.scenarios[scenario.id] = { ...prev, status, best: Math.max(Number(prev?.best ?? 0), percent), updatedAt: now().toISOString(), workspace: ws };
      })}
      onLeave={onLeave} />
  );
}
