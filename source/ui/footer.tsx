import React, { createContext, useContext, useEffect } from 'react';
import type { Action } from './keys.js';

/** Lets the screen on top say which keys work on it; the frame's footer draws them (keys.ts). */
export interface FooterSpec { actions: Action[]; extra?: Array<{ hint: string; label: string }> }
export const FooterContext = createContext<(spec: FooterSpec) => void>(() => {});

/** `enabled: false` leaves the footer to a screen drawn inside this one (a parent's effect runs after its child's). */
export function useFooter(actions: Action[], extra: Array<{ hint: string; label: string }> = [], enabled = true): void {
  const set = useContext(FooterContext);
  const key = actions.join(',') + '|' + extra.map((e) => e.hint + e.label).join(',');
  useEffect(() => { if (enabled) set({ actions, extra }); }, [key, enabled]);
}
