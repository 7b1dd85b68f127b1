import type { ReactNode } from 'react';

/** A heading whose level depends on where its section sits (h2 for a board section, h3 for an item...). */
export function Heading({
  level,
  id,
  className,
  children,
}: {
  level: 2 | 3 | 4 | 5;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}
