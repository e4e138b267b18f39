-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CommandLog" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "userId" TEXT NOT NULL,
    "sandboxId" TEXT NOT NULL,
    "tabId" TEXT NOT NULL,
    "command" TEXT NOT NULL,
    "exitCode" INTEGER NOT NULL,
    "output" TEXT NOT NULL DEFAULT '',
    "startedAt" DATETIME NOT NULL,
    "durationMs" INTEGER NOT NULL,
    CONSTRAINT "CommandLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_CommandLog" ("command", "durationMs", "exitCode", "id", "output", "sandboxId", "startedAt", "tabId", "userId") SELECT "command", "durationMs", "exitCode", "id", "output", "sandboxId", "startedAt", "tabId", "userId" FROM "CommandLog";
DROP TABLE "CommandLog";
ALTER TABLE "new_CommandLog" RENAME TO "CommandLog";
CREATE INDEX "CommandLog_userId_startedAt_idx" ON "CommandLog"("userId", "startedAt");
CREATE INDEX "CommandLog_userId_exitCode_idx" ON "CommandLog"("userId", "exitCode");
CREATE INDEX "CommandLog_sandboxId_idx" ON "CommandLog"("sandboxId");
CREATE TABLE "new_LessonProgress" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "completedAt" DATETIME,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "hintsUsed" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "LessonProgress_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_LessonProgress" ("attempts", "completedAt", "courseId", "hintsUsed", "id", "lessonId", "startedAt", "stepId", "userId") SELECT "attempts", "completedAt", "courseId", "hintsUsed", "id", "lessonId", "startedAt", "stepId", "userId" FROM "LessonProgress";
DROP TABLE "LessonProgress";
ALTER TABLE "new_LessonProgress" RENAME TO "LessonProgress";
CREATE INDEX "LessonProgress_userId_idx" ON "LessonProgress"("userId");
CREATE UNIQUE INDEX "LessonProgress_userId_courseId_lessonId_stepId_key" ON "LessonProgress"("userId", "courseId", "lessonId", "stepId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Membership_cohortId_role_idx" ON "Membership"("cohortId", "role");
