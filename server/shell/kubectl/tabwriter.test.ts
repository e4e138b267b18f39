import { describe, expect, it } from "vitest";
import { DESCRIBE_TABWRITER, TABLE_TABWRITER, TabWriter } from "./tabwriter";

describe("TabWriter (Go text/tabwriter + liggitt RememberWidths)", () => {
  it("pads every column but the last by 3, min width 6", () => {
    const tw = new TabWriter(TABLE_TABWRITER);
    tw.write("NAME\tREADY\tAGE\nx\t1/1\t5s\n");
    expect(tw.flush()).toBe("NAME   READY   AGE\nx      1/1     5s\n");
  });

  it("remembers widths across flushes", () => {
    const tw = new TabWriter(TABLE_TABWRITER);
    tw.write("A\tSTATUS\tB\n");
    tw.flush();
    tw.write("a\tContainerCreating\tb\n");
    tw.flush();
    tw.write("a\tRunning\tb\n");
    expect(tw.flush()).toBe("a     Running             b\n");
  });

  it("ends a column block at a line without tabs (describe sections)", () => {
    const tw = new TabWriter(DESCRIBE_TABWRITER);
    tw.write("Name:\tx\nAnnotations:\ty\nIPs:\n  IP:\t1\nControlled By:\tz\n");
    expect(tw.flush()).toBe("Name:         x\nAnnotations:  y\nIPs:\n  IP:           1\nControlled By:  z\n");
  });

  it("keeps trailing text of cells and leaves the last cell unpadded", () => {
    const tw = new TabWriter(DESCRIBE_TABWRITER);
    tw.write("  Type\tStatus\n  Ready \tTrue \n");
    expect(tw.flush()).toBe("  Type    Status\n  Ready   True \n");
  });

  it("aligns a column only over the lines that have it (column blocks)", () => {
    const tw = new TabWriter(DESCRIBE_TABWRITER);
    tw.write("Port:\t<unset>\t8080/TCP\nTargetPort:\t8080/TCP\nNodePort:\t<unset>\t31939/TCP\n");
    expect(tw.flush()).toBe("Port:        <unset>  8080/TCP\nTargetPort:  8080/TCP\nNodePort:    <unset>  31939/TCP\n");
  });
});
