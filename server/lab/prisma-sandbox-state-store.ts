/**
 * Sandbox state (minikube's state, the student's files, the paused-clock offset) as one JSON document in
 * the Sandbox row. The cluster's objects are stored separately, one row per object (ClusterObject).
 */
import type { Db } from "../db/prisma";
import type { SandboxState, SandboxStateStore } from "../sandbox/sandbox-types";

export class PrismaSandboxStateStore implements SandboxStateStore {
  constructor(private readonly db: Db) {}

  async load(sandboxId: string): Promise<SandboxState | null> {
    const row = await this.db.sandbox.findUnique({ where: { id: sandboxId }, select: { stateJson: true } });
    if (!row) return null;
    try {
      const state = JSON.parse(row.stateJson) as Partial<SandboxState>;
      return state.version === 1 ? (state as SandboxState) : null;
    } catch {
      return null;
    }
  }

  async save(sandboxId: string, state: SandboxState): Promise<void> {
    await this.db.sandbox.update({ where: { id: sandboxId }, data: { stateJson: JSON.stringify(state), state: state.minikube } });
  }
}
