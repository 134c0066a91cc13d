import { useState } from 'preact/hooks';

/** A destructive button that asks once more in place (no modal dialog), then acts. */
export function ConfirmButton({ label, confirmLabel, onConfirm, class: className }: { label: string; confirmLabel: string; onConfirm: () => void; class?: string }) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class={`${className ?? ''} danger`.trim()} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span class="confirm">
      <button
        type="button"
        class={`${className ?? ''} danger confirm-yes`.trim()}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" class="confirm-no" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
