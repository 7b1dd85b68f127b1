import { useId, useState } from 'react';

/** A labelled textarea and a submit button; Ctrl+Enter (or Cmd+Enter) submits too. */
export function CommentForm({
  label,
  submitLabel,
  onSubmit,
  autoFocus = false,
}: {
  label: string;
  submitLabel: string;
  onSubmit: (text: string) => void;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const submit = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    onSubmit(trimmed);
    setText('');
  };
  return (
    <form
      className="comment-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        rows={3}
        value={text}
        // biome-ignore lint/a11y/noAutofocus: the form opens on request ("Answer"), focus belongs in it.
        autoFocus={autoFocus}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            submit();
          }
        }}
      />
      <button type="submit" className="button small primary">
        {submitLabel}
      </button>
    </form>
  );
}
