-- CreateTable
CREATE TABLE "TerminalScreen" (
    "sandboxId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("sandboxId", "tabId")
);
