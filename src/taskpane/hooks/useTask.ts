import { useCallback, useRef, useState } from "react";
import type { Text } from "../../core/i18n";
import { errorText } from "../errors";

export interface Task {
  busy: boolean;
  error: Text | null;
  /** Run one port action: busy while it runs; a throw becomes `error` (and undefined is returned). */
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

/** Busy and error state of the actions of one view. */
export function useTask(): Task {
  const [count, setCount] = useState(0);
  const [error, setError] = useState<Text | null>(null);
  const running = useRef(0);

  const run = useCallback(async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    running.current++;
    setCount(running.current);
    setError(null);
    try {
      return await action();
    } catch (e) {
      console.error("[renaksi]", e);
      setError(errorText(e));
      return undefined;
    } finally {
      running.current--;
      setCount(running.current);
    }
  }, []);

  const clearError = useCallback(() => setError(null), []);
  return { busy: count > 0, error, run, clearError };
}
