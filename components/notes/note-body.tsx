import { Fragment, type ReactNode } from 'react';
import { parseNote, type Inline } from '@/lib/notes/note-markup';

/**
 * A note's text as React elements, from the parsed tree (lib/notes/note-markup.ts): React escapes
 * every string, links are http(s) only and carry rel="noopener noreferrer nofollow", and nothing
 * is ever set as HTML.
 */
function renderInline(nodes: Inline[]): ReactNode[] {
  return nodes.map((node, i) => {
    switch (node.type) {
      case 'text':
        return <Fragment key={i}>{node.text}</Fragment>;
      case 'break':
        return <br key={i} />;
      case 'bold':
        return <strong key={i}>{renderInline(node.children)}</strong>;
      case 'link':
        return (
          <a
            key={i}
            href={node.href}
            rel="noopener noreferrer nofollow"
            className="break-words underline"
          >
            {node.text}
          </a>
        );
      case 'mention':
        return (
          <span key={i} className="font-semibold text-blue-800 dark:text-sky-300">
            @{node.name}
          </span>
        );
    }
  });
}

export function NoteBody({ body }: { body: string }) {
  return (
    <div className="space-y-2 break-words">
      {parseNote(body).map((block, i) => {
        if (block.type === 'paragraph') return <p key={i}>{renderInline(block.children)}</p>;
        const items = block.items.map((item, j) => <li key={j}>{renderInline(item)}</li>);
        return block.ordered ? (
          <ol key={i} className="list-decimal pl-6">
            {items}
          </ol>
        ) : (
          <ul key={i} className="list-disc pl-6">
            {items}
          </ul>
        );
      })}
    </div>
  );
}
