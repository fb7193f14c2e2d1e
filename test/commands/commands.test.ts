export {}; // a module: keeps the local type names private

type Global = { Office?: unknown };
const g = globalThis as Global;

afterEach(() => {
  delete g.Office;
  jest.resetModules();
});

describe("commands entry", () => {
  it("binds every ribbon function at load and starts Office", async () => {
    const associate = jest.fn();
    const onReady = jest.fn(() => Promise.resolve({ host: "Excel", platform: "PC" }));
    g.Office = { actions: { associate }, onReady };
    await import("../../src/commands/commands");
    expect(associate.mock.calls.map((c) => c[0])).toEqual(["validatePlan", "insertTemplate"]);
    for (const [, handler] of associate.mock.calls) expect(typeof handler).toBe("function");
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it("loads without Office.js (offline page) and binds nothing", async () => {
    const { registerCommands } = await import("../../src/commands/commands");
    expect(registerCommands()).toBe(false);
  });
});
