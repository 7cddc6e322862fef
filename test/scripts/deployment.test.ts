/**
 * A build for a host (docs/deployment.md): the dev manifest moved to a sample URL names that
 * URL everywhere and still validates offline against Microsoft's XSDs; the pages' policy adds
 * that origin and nothing else external; `npm run package` refuses a dev build and zips a
 * deployable one; the `servqual` bin explains what to run when the CLI is not built.
 * Expected values are the sample URL written out by hand.
 */
import { execFileSync, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import {
  contentSecurityPolicy,
  deploymentBase,
  manifestForDeployment,
} from "../../scripts/deployment";

const ROOT = path.resolve(__dirname, "../..");
const DEV_MANIFEST = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const SAMPLE = deploymentBase("https://addins.example.com/servqual");

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "servqual-deploy-"));
}

describe("deploymentBase", () => {
  it("adds the trailing slash and splits off the origin", () => {
    expect(SAMPLE).toEqual({
      base: "https://addins.example.com/servqual/",
      origin: "https://addins.example.com",
    });
    expect(deploymentBase("https://host:8443/")).toEqual({
      base: "https://host:8443/",
      origin: "https://host:8443",
    });
  });

  it.each(["http://host/", "https://host/?a=1", "https://host/#x", "not a url"])(
    "refuses %s",
    (text) => {
      expect(() => deploymentBase(text)).toThrow();
    }
  );
});

describe("manifestForDeployment", () => {
  const manifest = manifestForDeployment(DEV_MANIFEST, SAMPLE);

  it("names the sample URL everywhere the dev manifest named localhost", () => {
    const devUrls = DEV_MANIFEST.match(/https:\/\/localhost:3000[^"<]*/g) ?? [];
    const urls =
      manifest.match(/https:\/\/[^"<\s]*/g)?.filter((u) => !u.includes("schemas.microsoft.com")) ??
      [];
    expect(manifest).not.toContain("localhost");
    expect(urls.length).toBe(devUrls.length);
    expect(manifest).toContain("<AppDomain>https://addins.example.com</AppDomain>");
    expect(manifest).toContain('DefaultValue="https://addins.example.com/servqual/taskpane.html"');
    expect(manifest).toContain(
      'Value="https://addins.example.com/servqual/taskpane.html?lang=zh-CN"'
    );
    for (const url of urls) {
      expect(url === SAMPLE.origin || url.startsWith(SAMPLE.base)).toBe(true);
    }
  });

  it("validates offline against the manifest XSDs", () => {
    const dir = tempDir();
    const file = path.join(dir, "manifest.xml");
    fs.writeFileSync(file, manifest);
    const run = spawnSync("bash", [path.join(ROOT, "../shared/tools/validate-manifest"), file], {
      encoding: "utf8",
    });
    expect(run.stderr).toContain("validates");
    expect(run.status).toBe(0);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows the deployment origin and, externally, only office.js and its frame", () => {
    const policy = contentSecurityPolicy(SAMPLE.origin);
    const external = new Set(policy.match(/https:\/\/[^\s;]+/g));
    expect([...external].sort()).toEqual([
      "https://addins.example.com",
      "https://appsforoffice.microsoft.com",
      "https://telemetryservice.firstpartyapps.oaspapps.com",
    ]);
    expect(policy).toContain(
      "script-src 'self' https://addins.example.com https://appsforoffice.microsoft.com"
    );
  });

  it("without a deployment is the dev and harness policy", () => {
    expect(contentSecurityPolicy()).toBe(
      "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-src 'self' https://telemetryservice.firstpartyapps.oaspapps.com"
    );
  });
});

describe("npm run package", () => {
  function fakeDist(manifest: string): string {
    const dist = tempDir();
    fs.writeFileSync(path.join(dist, "manifest.xml"), manifest);
    fs.writeFileSync(path.join(dist, "taskpane.html"), "<!doctype html>");
    fs.mkdirSync(path.join(dist, "assets"));
    fs.writeFileSync(path.join(dist, "assets", "icon-32.png"), "png");
    return dist;
  }

  it("refuses a dist/ built for localhost", () => {
    const out = path.join(tempDir(), "a.zip");
    const run = spawnSync(
      "node",
      ["scripts/package.js", "--dist", fakeDist(DEV_MANIFEST), "--out", out],
      {
        cwd: ROOT,
        encoding: "utf8",
      }
    );
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("npm run build -- --env url=");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("zips every file of a deployable dist/", async () => {
    const out = path.join(tempDir(), "a.zip");
    execFileSync(
      "node",
      [
        "scripts/package.js",
        "--dist",
        fakeDist(manifestForDeployment(DEV_MANIFEST, SAMPLE)),
        "--out",
        out,
      ],
      {
        cwd: ROOT,
      }
    );
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const names = Object.values(zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name)
      .sort();
    expect(names).toEqual(["assets/icon-32.png", "manifest.xml", "taskpane.html"]);
  });
});

describe("bin/servqual.js", () => {
  it("says what to run when the CLI is not built", () => {
    const copy = tempDir();
    fs.mkdirSync(path.join(copy, "bin"));
    fs.copyFileSync(path.join(ROOT, "bin/servqual.js"), path.join(copy, "bin/servqual.js"));
    const run = spawnSync("node", [path.join(copy, "bin/servqual.js"), "demo"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("npm run build:cli");
  });

  it("runs the built CLI (npm test builds it first)", () => {
    const run = spawnSync("node", [path.join(ROOT, "bin/servqual.js"), "demo"], {
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(0);
  });
});
