import type { ReactNode } from 'react';
import { useEffect, useRef } from 'react';
import { useDocumentTitle } from './use-document-title';

/** A page that explains one situation (no access, link expired, not found) and what to do next. */
export function NoticePage({ title, body, children }: { title: string; body: string; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(title);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="notice" aria-labelledby="notice-title">
      <h1 id="notice-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p>{body}</p>
      {children ? <div className="actions">{children}</div> : null}
    </section>
  );
}
