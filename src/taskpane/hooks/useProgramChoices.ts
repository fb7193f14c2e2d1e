import { useEffect, useState } from "react";
import { templateProgramChoices, type ProgramChoice } from "../../app/template";

/**
 * The official list's programmes for a plan year (the list arrives as a chunk of its own):
 * undefined while it loads, null when no list governs the year (or none could be loaded) or no year is given.
 */
export function useProgramChoices(year: number | null): ProgramChoice[] | null | undefined {
  const [loaded, setLoaded] = useState<{ year: number; list: ProgramChoice[] | null } | null>(null);
  useEffect(() => {
    if (year === null) return;
    let live = true;
    templateProgramChoices(year).then(
      (list) => live && setLoaded({ year, list }),
      () => live && setLoaded({ year, list: null }),
    );
    return () => {
      live = false;
    };
  }, [year]);
  return year === null ? null : loaded?.year === year ? loaded.list : undefined;
}
