// A kind's table, as the API server's printers (pkg/printers/internalversion/printers.go)
// define it: column definitions (priority 1 columns appear only with -o wide; the "name"
// column gets the kind prefix in multi-kind output) and a function from object to cells.
import type { KObject } from '../../../sim/types.js';

export interface TableColumn { name: string; priority?: 1; format?: 'name' }
export type Cell = string | number | boolean;
export interface RowOptions { now: Date; wide: boolean }
export interface KindTable {
  columns: TableColumn[];
  row(obj: KObject, opts: RowOptions): Cell[];
}

export const NAME: TableColumn = { name: 'Name', format: 'name' };
export const AGE: TableColumn = { name: 'Age' };
