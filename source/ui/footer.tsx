import React, { createContext, useContext, useEffect } from 'react';
import type { Action } from './keys.js';

/** Lets the screen on top say which keys work on it; the frame's footer draws them (keys.ts). */
export interface FooterSpec { actions: Action[]; extra?: Array<{ hint: string; label: string }> }
export const FooterContext = createContext<(spec: FooterSpec) => void>(() => {});

export function useFooter(actions: Action[], extra: Array<{ hint: string; label: string }> = []): void {
  const set = useContext(FooterContext);
  const key = actions.join(',') + '|' + extra.map((e) => e.hint + e.label).join(',');
  useEffect(() => { set({ actions, extra }); }, [key]);
}
