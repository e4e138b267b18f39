/** One printed row before the object is attached (metav1.TableRow without `object`). */
export interface PrintedRow {
  cells: unknown[];
  conditions?: { type: string; status: string; reason?: string; message?: string }[];
}
