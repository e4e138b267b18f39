import { describe, expect, it } from "vitest";
import { CurlUsageError, parseCurlArgs, parseCurlUrl } from "./curl-args";

describe("parseCurlArgs", () => {
  it("reads combined switches and options with values", () => {
    const o = parseCurlArgs(["-sSL", "-X", "POST", "-H", "Content-Type: application/json", "-d", "{}", "--max-time", "5", "http://x/"]);
    expect(o).toMatchObject({ silent: true, showError: true, location: true, method: "POST", data: "{}", maxTimeMs: 5000, urls: ["http://x/"] });
    expect(o.headers).toEqual([["Content-Type", "application/json"]]);
  });

  it("takes the value glued to the last short option", () => {
    expect(parseCurlArgs(["-so", "out.txt", "u"]).output).toBe("out.txt");
    expect(parseCurlArgs(["-oout.txt", "u"]).output).toBe("out.txt");
  });

  it("rejects unknown options the way curl 7.68 does", () => {
    expect(() => parseCurlArgs(["--bogus"])).toThrowError(CurlUsageError);
    try {
      parseCurlArgs(["--bogus"]);
    } catch (e) {
      expect((e as CurlUsageError).message).toBe("curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n");
      expect((e as CurlUsageError).exitCode).toBe(2);
    }
  });
});

describe("parseCurlUrl", () => {
  it("defaults to http and port 80", () => {
    expect(parseCurlUrl("10.111.158.145:8080")).toMatchObject({ scheme: "http", host: "10.111.158.145", port: 8080, path: "/" });
    expect(parseCurlUrl("localhost")).toMatchObject({ port: 80, hostHeader: "localhost" });
  });

  it("keeps the path and query", () => {
    expect(parseCurlUrl("http://localhost:8001/api/v1/pods?watch=1#frag")).toMatchObject({ path: "/api/v1/pods?watch=1" });
  });

  it("refuses other protocols", () => {
    expect(parseCurlUrl("ftp://x/")).toEqual({ error: 'curl: (1) Protocol "ftp" not supported or disabled in libcurl\n', exitCode: 1 });
  });
});
