import { type ReactNode, useEffect, useRef } from 'react';
import { Button, Disclosure, DisclosurePanel } from 'react-aria-components';

const FIELDS = 'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

/**
 * A form folded behind its button until needed (react-aria's Disclosure: the button says whether
 * the form is open with aria-expanded and names the panel it controls). Opening moves focus to the
 * form's first field; closing (its own cancel or save, or the button) brings focus back to the
 * button, so a keyboard or screen-reader user is never left on a form that vanished. The form is
 * mounted only while open: a closed form keeps no half-typed state and costs no height.
 */
export function FoldedForm({
  label,
  accessibleLabel,
  expanded,
  onExpandedChange,
  className = 'button',
  children,
}: {
  label: ReactNode;
  /** A fuller name for the button when its text alone is ambiguous ("Edit" → "Edit the profile of X"). */
  accessibleLabel?: string;
  expanded: boolean;
  onExpandedChange: (expanded: boolean) => void;
  className?: string;
  children: ReactNode;
}) {
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const was = useRef(expanded);
  useEffect(() => {
    if (expanded && !was.current) {
      panel.current?.querySelector<HTMLElement>(FIELDS)?.focus();
    } else if (!expanded && was.current) {
      // Focus was inside the form, which is gone now (or on the button already): back to the button.
      const active = document.activeElement;
      if (!active || active === document.body || panel.current?.contains(active)) trigger.current?.focus();
    }
    was.current = expanded;
  }, [expanded]);
  return (
    <Disclosure isExpanded={expanded} onExpandedChange={onExpandedChange} className="folded-form">
      <Button slot="trigger" ref={trigger} className={className} aria-label={accessibleLabel}>
        {label}
      </Button>
      <DisclosurePanel ref={panel} className="folded-panel">
        {expanded ? children : null}
      </DisclosurePanel>
    </Disclosure>
  );
}
