import { ExcelWorkbook } from "../../src/excel";

/**
 * One ExcelWorkbook per page: the ribbon commands and the task pane are two webpack entries
 * (two module graphs) in one page; each loads src/office/workbook.ts on its own, as here.
 */
function loadFresh<T>(file: string): T {
  let mod: T | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(file) as T;
  });
  if (!mod) throw new Error(`${file} did not load`);
  return mod;
}

type HostModule = typeof import("../../src/office/workbook");
type ActionsModule = typeof import("../../src/commands/actions");

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__renaksiWorkbook;
});

describe("hostWorkbook", () => {
  it("the pane's and the commands' module graphs get the same instance, made once", () => {
    const pane = loadFresh<HostModule>("../../src/office/workbook");
    const commands = loadFresh<HostModule>("../../src/office/workbook");
    expect(pane).not.toBe(commands); // two module graphs, as in the shared runtime
    const wb = pane.hostWorkbook();
    expect(wb.constructor.name).toBe(ExcelWorkbook.name);
    expect(commands.hostWorkbook()).toBe(wb);
    expect(pane.hostWorkbook()).toBe(wb);
  });

  it("the ribbon commands use it by default", () => {
    const pane = loadFresh<HostModule>("../../src/office/workbook");
    const actions = loadFresh<ActionsModule>("../../src/commands/actions");
    expect(actions.commandDeps.workbook()).toBe(pane.hostWorkbook());
    expect(actions.commandDeps.workbook()).toBe(actions.commandDeps.workbook());
  });
});
