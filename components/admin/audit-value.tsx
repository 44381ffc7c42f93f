/** Beyond this many characters a value is cut, with the whole of it one click away. */
const SHOWN_CHARS = 120;

/** One side of a change: short values inline, long ones truncated with a `<details>`. */
export function AuditValue({ text, label }: { text: string; label: string }) {
  if (text.length <= SHOWN_CHARS) return <span className="break-words">{text}</span>;
  return (
    <span className="break-words">
      {text.slice(0, SHOWN_CHARS).trimEnd()}…
      <details className="mt-1">
        <summary className="cursor-pointer text-blue-700 underline dark:text-sky-300">
          Full {label}
        </summary>
        <span className="mt-1 block whitespace-pre-wrap">{text}</span>
      </details>
    </span>
  );
}
