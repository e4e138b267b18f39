import type { Db } from "../db/prisma";
import type { ScreenStore } from "../terminal/screen-saver";

/** Each terminal tab's last screen, so a restarted server shows it again (TerminalScreen rows). */
export class PrismaScreenStore implements ScreenStore {
  constructor(private readonly db: Db) {}

  async load(sandboxId: string, tabId: string): Promise<string | null> {
    const row = await this.db.terminalScreen.findUnique({ where: { sandboxId_tabId: { sandboxId, tabId } }, select: { data: true } });
    return row?.data ?? null;
  }

  async save(sandboxId: string, tabId: string, data: string): Promise<void> {
    await this.db.terminalScreen.upsert({ where: { sandboxId_tabId: { sandboxId, tabId } }, create: { sandboxId, tabId, data }, update: { data } });
  }

  async clear(sandboxId: string): Promise<void> {
    await this.db.terminalScreen.deleteMany({ where: { sandboxId } });
  }
}
