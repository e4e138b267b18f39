/**
 * Which sandbox belongs to whom. Each user has one sandbox ("default"), created on first use; the
 * mapping is cached both ways because every socket event and command record needs it.
 */
import type { Db } from "../db/prisma";

export class SandboxDirectory {
  private byUser = new Map<string, string>();
  private byId = new Map<string, string>();

  constructor(private readonly db: Db) {}

  async sandboxOf(userId: string): Promise<string> {
    const cached = this.byUser.get(userId);
    if (cached) return cached;
    const row = await this.db.sandbox.upsert({
      where: { userId_name: { userId, name: "default" } },
      create: { userId, name: "default" },
      update: {},
      select: { id: true },
    });
    this.remember(userId, row.id);
    return row.id;
  }

  /** The owner of a sandbox, from the cache (every loaded sandbox went through `sandboxOf` or `load`). */
  ownerOf(sandboxId: string): string | undefined {
    return this.byId.get(sandboxId);
  }

  async ownerOfStored(sandboxId: string): Promise<string | undefined> {
    const known = this.byId.get(sandboxId);
    if (known) return known;
    const row = await this.db.sandbox.findUnique({ where: { id: sandboxId }, select: { userId: true } });
    if (row) this.remember(row.userId, sandboxId);
    return row?.userId;
  }

  private remember(userId: string, sandboxId: string) {
    this.byUser.set(userId, sandboxId);
    this.byId.set(sandboxId, userId);
  }
}
