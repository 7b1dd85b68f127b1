import { Ellipsis } from 'lucide-react';
import { type RefObject, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** One of the bar's tools as a menu command: its own button, pressed when the item is chosen. */
interface ToolCommand {
  id: string;
  label: string;
  control: HTMLElement;
  /** It opens a panel inside the bar's tools (which must then be shown). */
  unfolds: boolean;
}

/**
 * The bar's tools' own buttons, read when the menu opens: each tool keeps its state and panels (they
 * stay mounted), the menu only presses them. Buttons inside a closed sub-panel are not commands.
 */
function commandsIn(root: HTMLElement | null): ToolCommand[] {
  if (!root) return [];
  const controls = Array.from(root.querySelectorAll<HTMLElement>('button, a[href]')).filter(
    (control) => !control.closest('[hidden]') && !control.hasAttribute('disabled'),
  );
  return controls
    .map((control, index) => ({
      id: String(index),
      label: (control.getAttribute('aria-label') ?? control.textContent ?? '').trim(),
      control,
      unfolds: panelInside(root, control),
    }))
    .filter((command) => command.label !== '');
}

function panelInside(root: HTMLElement, control: HTMLElement): boolean {
  const id = control.getAttribute('aria-controls');
  return id !== null && root.querySelector(`#${CSS.escape(id)}`) !== null;
}

export interface MoreToolsMenuProps {
  /** The bar's tools, folded away on narrow screens. */
  tools: RefObject<HTMLElement | null>;
  /** Shows the folded tools, for a tool that opens a panel of its own inside them. */
  onReveal: (shown: boolean) => void;
}

/**
 * "More tools" on narrow screens: a react-aria menu (Enter or click opens it, arrows and typeahead
 * move, Escape closes and returns focus to the button) of the tools the bar cannot show. A tool that
 * opens a panel in the bar (export, project) is shown unfolded with its panel open and focus on it;
 * one that opens a dialog or toggles (versions, workshop, raise hand) is simply pressed.
 */
export function MoreToolsMenu({ tools, onReveal }: MoreToolsMenuProps) {
  const { t } = useTranslation();
  const [commands, setCommands] = useState<ToolCommand[]>([]);
  const choose = (command: ToolCommand) => {
    const unfolds =
      command.control.hasAttribute('aria-expanded') && command.control.hasAttribute('aria-controls');
    if (unfolds) onReveal(true);
    // After the menu has closed and given focus back to its button, so that focus ends on the tool.
    window.setTimeout(() => {
      command.control.click();
      if (unfolds) command.control.focus();
    }, 0);
  };
  return (
    <MenuTrigger
      onOpenChange={(open) => {
        if (!open) return;
        onReveal(false);
        setCommands(commandsIn(tools.current));
      }}
    >
      <Button className="button quiet more-toggle" aria-label={t('look.moreTools')} data-testid="more-tools">
        <Ellipsis aria-hidden="true" />
      </Button>
      <Popover className="popover" placement="bottom end">
        <Menu className="menu" aria-label={t('look.moreTools')} items={commands}>
          {(command) => (
            <MenuItem className="menu-item" textValue={command.label} onAction={() => choose(command)}>
              {command.label}
            </MenuItem>
          )}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}
