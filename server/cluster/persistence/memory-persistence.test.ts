import { MemoryClusterPersistence } from "./memory-persistence";
import { runPersistenceConformance } from "./persistence-conformance.case";

runPersistenceConformance("memory", {
  async open() {
    const persistence = new MemoryClusterPersistence();
    return { persistence, reopen: () => persistence, cleanup: async () => undefined };
  },
});
